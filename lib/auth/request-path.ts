/** The request header in which the route guard (proxy.ts) passes the path asked for to layouts. */
export const REQUEST_PATH_HEADER = "x-xmess-path";
