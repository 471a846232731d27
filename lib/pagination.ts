import "server-only";
/** Which page of a long list to show, from the address (`?pagina=2`), kept within 1..pages. */
export function pageParam(value: string | string[] | undefined, total: number, perPage: number) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const asked = Number(Array.isArray(value) ? value[0] : value);
  const page = Number.isInteger(asked) ? Math.min(Math.max(asked, 1), pages) : 1;
  return { page, pages, skip: (page - 1) * perPage, take: perPage };
}

/**
 * One page of a long list in three small queries: how many rows match, the page's ids (from
 * the indexes alone), then those rows with their relations — never the relations of every row.
 */
export async function pageByIds<T extends { id: string }>(
  asked: string | string[] | undefined,
  perPage: number,
  query: {
    count: () => Promise<number>;
    ids: (skip: number, take: number) => Promise<{ id: string }[]>;
    rows: (ids: string[]) => Promise<T[]>;
  },
) {
  const total = await query.count();
  const page = pageParam(asked, total, perPage);
  const ids = total ? (await query.ids(page.skip, page.take)).map((r) => r.id) : [];
  const found = ids.length ? await query.rows(ids) : [];
  return { ...page, total, rows: inOrder(ids, found) };
}

/** Rows fetched by `id IN (...)`, put back in the order of `ids`. */
export function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const position = new Map(ids.map((id, index) => [id, index]));
  return [...rows].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}
