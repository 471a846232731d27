import type { ReactNode } from "react";

export function Card({
  title,
  children,
  headingLevel = 2,
}: {
  title?: string;
  children: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="rounded-lg border border-line bg-white p-5 shadow-sm">
      {title ? <Heading className="mb-3 text-lg font-semibold">{title}</Heading> : null}
      {children}
    </section>
  );
}
