import "server-only";
// Tags of the data kept in Next's data cache (unstable_cache), each cleared by the actions that
// change that data (defineAction's `tags` option) and otherwise renewed after its revalidate time
// (changes made by the worker, which runs outside Next, show then).
export const CACHE_TAGS = {
  /** Published fitxes: the public catalogue's filter options. */
  publicFitxes: "public-fitxes",
  /** Closed editions' figures: the secretariat dashboard's comparison with past editions. */
  editionHistory: "edition-history",
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];
