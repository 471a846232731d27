"use client";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700"
    >
      Imprimeix la fitxa
    </button>
  );
}
