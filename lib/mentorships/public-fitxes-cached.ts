import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { publicFitxaFilterOptions } from "./public-fitxes";

/** The catalogue's filter options from Next's data cache: cleared when a fitxa is published, renewed every five minutes. */
export const cachedFitxaFilterOptions = unstable_cache(publicFitxaFilterOptions, ["public-fitxa-filter-options"], {
  tags: [CACHE_TAGS.publicFitxes],
  revalidate: 300,
});
