/** Milliseconds from a monotonic clock. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Runs `fn` over every line, one call per line as a logger would make them. The outputs' lengths
 * feed a checksum so no engine can skip work whose result is unused.
 */
export async function runLines(redact: (line: string) => string | Promise<string>, lines: readonly string[], visit?: (i: number, out: string) => void): Promise<{ ms: number; checksum: number }> {
  let checksum = 0;
  const start = now();
  for (let i = 0; i < lines.length; i++) {
    let out = redact(lines[i]!);
    if (typeof out !== 'string') out = await out;
    checksum = (checksum + out.length) | 0;
    visit?.(i, out);
  }
  return { ms: now() - start, checksum };
}
