import "server-only";
/**
 * Catalan alphabetical order, from one collator for the process (the matching board sorts 400
 * mentors for each application it shows).
 */
export const compareCatalan: (a: string, b: string) => number = new Intl.Collator("ca").compare;
