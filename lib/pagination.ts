/** Which page of a long list to show, from the address (`?pagina=2`), kept within 1..pages. */
export function pageParam(value: string | string[] | undefined, total: number, perPage: number) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const asked = Number(Array.isArray(value) ? value[0] : value);
  const page = Number.isInteger(asked) ? Math.min(Math.max(asked, 1), pages) : 1;
  return { page, pages, skip: (page - 1) * perPage, take: perPage };
}
