import { PageStore, type CachedPage } from "@/lib/page-cache/store";

const page = (bytes: number, marker = 0): CachedPage => ({ body: new Uint8Array(bytes).fill(marker), headers: [["content-type", "text/html"]] });
const at = (version: bigint, minute = 1) => ({ version, minute });

describe("the signed-in pages kept in memory", () => {
  it("gives a page back only in the generation it was kept in", () => {
    const store = new PageStore(1000);
    store.set(at(5n), "anna /ca/inici", page(10, 1));
    expect(store.get(at(5n), "anna /ca/inici")?.body[0]).toBe(1);
    expect(store.get(at(5n), "pere /ca/inici")).toBeUndefined();
    expect(store.get(at(6n), "anna /ca/inici")).toBeUndefined();
    expect(store.get(at(5n, 2), "anna /ca/inici")).toBeUndefined();
  });

  it("forgets every page of an older generation when a newer one arrives, and never keeps an older one", () => {
    const store = new PageStore(1000);
    store.set(at(5n), "a", page(10));
    store.set(at(5n), "b", page(10));
    store.set(at(6n), "c", page(10));
    expect(store.size).toEqual({ pages: 1, bytes: 10 });
    expect(store.get(at(5n), "a")).toBeUndefined();
    // A render that started before the change and ends after it is not kept.
    store.set(at(5n, 9), "a", page(10));
    expect(store.get(at(5n, 9), "a")).toBeUndefined();
    expect(store.get(at(6n), "c")).toBeDefined();
    // Versions compare as numbers, not text ("10" sorts before "9").
    store.set(at(10n), "d", page(10));
    store.set(at(9n), "e", page(10));
    expect(store.get(at(10n), "d")).toBeDefined();
    expect(store.get(at(9n), "e")).toBeUndefined();
  });

  it("stays within its byte budget, dropping the least recently used pages first", () => {
    const store = new PageStore(30);
    store.set(at(1n), "a", page(10));
    store.set(at(1n), "b", page(10));
    store.set(at(1n), "c", page(10));
    store.get(at(1n), "a"); // a is now the most recently used
    store.set(at(1n), "d", page(10));
    expect(store.get(at(1n), "b")).toBeUndefined();
    expect(["a", "c", "d"].map((key) => Boolean(store.get(at(1n), key)))).toEqual([true, true, true]);
    expect(store.size).toEqual({ pages: 3, bytes: 30 });
    // Replacing a page counts its new size, not both.
    store.set(at(1n), "d", page(5));
    expect(store.size).toEqual({ pages: 3, bytes: 25 });
    // A page larger than the whole budget is not kept and evicts nothing.
    store.set(at(1n), "huge", page(31));
    expect(store.get(at(1n), "huge")).toBeUndefined();
    expect(store.size.pages).toBe(3);
  });
});
