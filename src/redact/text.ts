import type { Resolved } from '../detect/overlaps';

/** Replaces each resolved region with its rule's mask; returns the same string when there are none. */
export function applyMasks(text: string, regions: readonly Resolved[]): string {
  if (regions.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of regions) {
    out += text.slice(at, r.start) + r.winner.rule.mask(text.slice(r.start, r.end));
    at = r.end;
  }
  return out + text.slice(at);
}
