// A small in-memory cache with a time to live per entry, bounded by entries and by size, so a long session cannot grow
// it forever (200 large meetings once kept 96 MB).
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number; size: number }>();
  private size = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 200,
    /** Total size of the kept answers, in characters of their JSON text. */
    private readonly maxSize = 4_000_000,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps a value; an answer larger than the whole budget is not kept. Expired entries go first, then the oldest. */
  set(key: string, value: V, ttl: number, size = 0): void {
    this.delete(key);
    if (ttl <= 0 || size > this.maxSize) return;
    const now = this.now();
    for (const [other, entry] of this.entries) if (entry.expires <= now) this.delete(other);
    this.entries.set(key, { value, expires: now + ttl, size });
    this.size += size;
    while (this.entries.size > this.maxEntries || this.size > this.maxSize) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.size -= entry.size;
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.size = 0;
  }
}
