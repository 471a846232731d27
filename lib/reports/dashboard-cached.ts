import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { editionFigures } from "./dashboard";

/**
 * The closed editions' figures for the dashboard's comparison, from Next's data cache: cleared by
 * the actions that can change them (an edition saved or changing phase, a fitxa published) and
 * renewed every ten minutes (a phase change made by the scheduled sweep shows then).
 */
export const cachedClosedEditionFigures = unstable_cache(() => editionFigures(true), ["closed-edition-figures"], {
  tags: [CACHE_TAGS.editionHistory],
  revalidate: 600,
});
