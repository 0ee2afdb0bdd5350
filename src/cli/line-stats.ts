/** What redacting some lines found: counts only, never values. Plain data, so it crosses threads. */
export interface LineStats {
  /** Lines read (a withheld line counts too). */
  lines: number;
  /** Lines that were JSON objects, redacted as records. */
  records: number;
  /** Lines longer than --max-line, or whose redaction failed: written as [REDACTION_FAILED]. */
  withheld: number;
  /** Replaced values per entity type (`EMAIL`, `REDACTED` for keys/paths, `REDACTION_FAILED`). */
  types: Record<string, number>;
}

export function emptyStats(): LineStats {
  return { lines: 0, records: 0, withheld: 0, types: {} };
}

export function addStats(into: LineStats, from: LineStats): void {
  into.lines += from.lines;
  into.records += from.records;
  into.withheld += from.withheld;
  for (const [type, n] of Object.entries(from.types)) into.types[type] = (into.types[type] ?? 0) + n;
}

export function findingCount(stats: LineStats): number {
  let n = 0;
  for (const v of Object.values(stats.types)) n += v;
  return n;
}
