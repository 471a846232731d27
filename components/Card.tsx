import type { ReactNode } from "react";

/** A titled section of a page; with `id`, a link can point at it (#id) and it is named by its heading. */
export function Card({
  title,
  children,
  headingLevel = 2,
  id,
  className = "",
}: {
  title?: string;
  children: ReactNode;
  headingLevel?: 2 | 3;
  id?: string;
  /** Its place in a grid (e.g. the whole row). */
  className?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = id && title ? `${id}-heading` : undefined;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`relative min-w-0 scroll-mt-4 rounded-lg border border-line bg-white p-5 shadow-sm ${className}`}
    >
      {title ? (
        <Heading id={headingId} className="mb-3 text-lg font-semibold">
          {title}
        </Heading>
      ) : null}
      {children}
    </section>
  );
}
