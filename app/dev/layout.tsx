import type { ReactNode } from "react";
import "../globals.css";

export const metadata = { title: "Bústia local · Mentoria XMESS", robots: { index: false } };

export default function DevLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ca">
      <body className="font-sans">
        <main id="contingut" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
