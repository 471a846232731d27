import type { ReactNode } from "react";

/** The page's main content, target of the "skip to content" link. */
export function Main({ children }: { children: ReactNode }) {
  return (
    <main id="contingut" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
      {children}
    </main>
  );
}
