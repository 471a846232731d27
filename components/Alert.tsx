import type { ReactNode } from "react";

const tones = {
  info: "border-brand-600 bg-brand-50 text-ink",
  success: "border-brand-700 bg-brand-50 text-ink",
  warning: "border-warning bg-amber-50 text-ink",
  error: "border-danger bg-red-50 text-ink",
};

export function Alert({
  tone = "info",
  title,
  children,
  live = false,
}: {
  tone?: keyof typeof tones;
  title?: string;
  children?: ReactNode;
  live?: boolean;
}) {
  return (
    <div
      role={tone === "error" ? "alert" : live ? "status" : undefined}
      className={`rounded border-l-4 p-4 ${tones[tone]}`}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
