/**
 * Strings already scanned and found clean, per redactor. Record shapes repeat (the same keys, and
 * values like `POST`, `assistant` or a model name), and scanning is deterministic, so a repeat
 * needs no engine call. Only clean text is ever kept. Bounded: when full it starts over, so values
 * that never repeat (ids, timestamps) cost at most one refill of the common ones; long strings
 * rarely repeat and are not worth the memory.
 */
export class CleanCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly maxEntries = 4096,
    private readonly maxLength = 64,
  ) {}

  get(text: string): V | undefined {
    return this.entries.get(text);
  }

  add(text: string, value: V): void {
    if (text.length > this.maxLength) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(text, value);
  }
}
