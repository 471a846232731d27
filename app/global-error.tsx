"use client";

import "./globals.css";

// An error in the site's own layout (its header and footer could not be drawn either): a page
// of its own, in Catalan, without the messages that layout would have provided.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ca">
      <body className="min-h-screen font-sans antialiased">
        <main className="mx-auto max-w-xl px-4 py-16" role="alert">
          <h1 className="text-2xl font-bold">Alguna cosa no ha anat bé</h1>
          <p className="mt-2">
            No s&apos;ha pogut mostrar la pàgina per un error inesperat. Torneu-ho a provar d&apos;aquí a una estona.
          </p>
          {error.digest ? (
            <p className="mt-2 text-sm">
              Codi de referència: {error.digest}. Si torna a passar, indiqueu-lo a la secretaria.
            </p>
          ) : null}
          <p className="mt-4 flex gap-4">
            <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
              Torna-ho a provar
            </button>
            {/* After an error in the site's own layout, a full page load is the way back. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/ca" className="px-4 py-2 font-semibold">
              Torna a l&apos;inici
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
