/** Sent on the render request, so the guard lets it through to the page (lib/page-cache/serve.ts). */
export const RENDER_HEADER = "x-page-cache-render";
/** On the answer: "hit" (served from memory) or "miss" (rendered now, kept). */
export const STATUS_HEADER = "x-page-cache";
