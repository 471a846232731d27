/** The one primary action of a card on the home page, as a link styled as a button. */
export const primaryAction =
  "inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white";
