/** A page as sent: its HTML and the headers worth keeping. */
export type CachedPage = { body: Uint8Array; headers: [string, string][] };

/** What a page was rendered from: the database's data version, and the minute (Madrid time matters to pages: "today", what is due). */
export type Generation = { version: bigint; minute: number };

function compare(a: Generation, b: Generation) {
  if (a.version !== b.version) return a.version < b.version ? -1 : 1;
  return Math.sign(a.minute - b.minute);
}

/**
 * Pages of one generation (a data version and a minute), least recently used first, within a
 * byte budget. A new generation empties it: nothing of an older one can be served again.
 */
export class PageStore {
  private generation: Generation = { version: -1n, minute: 0 };
  private pages = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(generation: Generation, key: string): CachedPage | undefined {
    if (compare(generation, this.generation) !== 0) return undefined;
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(generation: Generation, key: string, page: CachedPage) {
    const order = compare(generation, this.generation);
    if (order < 0) return;
    if (order > 0) this.clear(generation);
    if (page.body.byteLength > this.maxBytes) return;
    const previous = this.pages.get(key);
    if (previous) this.bytes -= previous.body.byteLength;
    this.pages.delete(key);
    this.pages.set(key, page);
    this.bytes += page.body.byteLength;
    for (const [oldest, evicted] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= evicted.body.byteLength;
    }
  }

  get size() {
    return { pages: this.pages.size, bytes: this.bytes };
  }

  private clear(generation: Generation) {
    this.generation = generation;
    this.pages.clear();
    this.bytes = 0;
  }
}
