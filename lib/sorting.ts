import "server-only";

// The order of a secretariat list comes from its address: `?ordre=nom` sorts by a column
// ascending, `?ordre=-nom` descending. Each list names the columns it can sort by and how each
// sorts in the database; anything else in the address gives the list's own default order.

export type SortDirection = "asc" | "desc";
export type Sort = { key: string; direction: SortDirection };

/** For each sortable column (its key in the address), the database order in one direction. */
type Orders<O> = Record<string, (direction: SortDirection) => O[]>;

export function sortable<O>(orders: Orders<O>, fallback: Sort, tieBreak: (direction: SortDirection) => O) {
  return {
    /** The order the address asks for, or the default. */
    read(value: string | undefined): Sort {
      const key = value?.replace(/^-/, "");
      if (!key || !Object.hasOwn(orders, key)) return fallback;
      return { key, direction: value!.startsWith("-") ? "desc" : "asc" };
    },
    /** The database order, ending with a unique column so pages never overlap. */
    orderBy(sort: Sort): O[] {
      return [...orders[sort.key](sort.direction), tieBreak(sort.direction)];
    },
  };
}

/** A nullable column, with the empty values last in either direction. */
export const nullsLast = (direction: SortDirection) => ({ sort: direction, nulls: "last" as const });
