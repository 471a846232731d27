"use client";

/** `label`: what it prints, in the page's language ("Imprimeix la fitxa"). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700"
    >
      {label}
    </button>
  );
}
