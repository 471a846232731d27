import type { ReactNode } from "react";

/** A page's heading; `titleLang` when the title is text someone wrote in a language of its own (a subject, an email). */
export function PageHeader({
  title,
  titleLang,
  lead,
  actions,
}: {
  title: string;
  titleLang?: string;
  lead?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-ink" lang={titleLang}>
          {title}
        </h1>
        {lead ? <p className="mt-2 text-lg text-muted">{lead}</p> : null}
      </div>
      {actions ? <div className="flex gap-2">{actions}</div> : null}
    </div>
  );
}
