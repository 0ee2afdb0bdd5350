import { foldString } from '../detect/fold';
import { sanitize } from '../detect/sanitize';
import type { Engine, Matcher } from '../engine/types';
import type { AllowEntry, ParsedRule } from '../rules/schema';
import { shannonEntropy } from '../validators/entropy';
import { VALIDATORS } from '../validators/index';

/** Where a candidate was found: allow-list patterns may test the whole match or its line. */
export interface CheckContext {
  readonly text: string;
  readonly matchStart: number;
  readonly matchEnd: number;
}

/** Says why a candidate value is not a finding, or undefined when it is one. */
export type ValueCheck = (value: string, at: CheckContext) => string | undefined;

/** Validators and the entropy floor, in the order the rule lists them; the first failure is the reason. */
export function compileValidators(validate: ParsedRule['validate']): ValueCheck[] {
  return (validate ?? []).map((v): ValueCheck => {
    if (typeof v === 'string') {
      const fn = VALIDATORS[v];
      return (value) => (fn(value) ? undefined : `${v} failed`);
    }
    const min = v.entropy;
    return (value) => {
      const h = shannonEntropy(value);
      return h >= min ? undefined : `entropy ${h.toFixed(2)} < ${min}`;
    };
  });
}

// One compiled matcher per engine and pattern: imported rule sets repeat the same allow-list on
// hundreds of rules, and re2-wasm never frees what it compiles.
const compiled = new WeakMap<Engine, Map<string, Matcher>>();

function compileOnce(engine: Engine, pattern: string): Matcher {
  let cache = compiled.get(engine);
  if (cache === undefined) compiled.set(engine, (cache = new Map()));
  let m = cache.get(pattern);
  if (m === undefined) cache.set(pattern, (m = engine.compile(pattern)));
  return m;
}

/** Allow-list entries: exact values (any case), RE2 patterns, or substrings (any case). */
export function compileAllow(entries: readonly AllowEntry[], engine: Engine): ValueCheck | undefined {
  if (entries.length === 0) return undefined;
  const exact = new Set<string>();
  const contains: string[] = [];
  const onValue: Matcher[] = [];
  const onMatch: Matcher[] = [];
  const onLine: Matcher[] = [];
  for (const e of entries) {
    if (typeof e === 'string') exact.add(foldString(e));
    else if ('regex' in e) (e.target === 'match' ? onMatch : e.target === 'line' ? onLine : onValue).push(compileOnce(engine, e.regex));
    else contains.push(foldString(e.contains));
  }
  const any = (patterns: readonly Matcher[], s: string): boolean => {
    if (patterns.length === 0) return false;
    const text = sanitize(s);
    const subject = engine.prepare(text);
    return patterns.some((p) => p.exec(subject, 0, text.length) !== null);
  };
  return (value, at) => {
    const folded = foldString(value);
    if (exact.has(folded) || contains.some((c) => folded.includes(c)) || any(onValue, value)) return 'allow-listed';
    if (onMatch.length > 0 && any(onMatch, at.text.slice(at.matchStart, at.matchEnd))) return 'allow-listed (match)';
    if (onLine.length > 0 && any(onLine, lineAround(at))) return 'allow-listed (line)';
    return undefined;
  };
}

/** How far a `target: line` allow-list looks on each side of a match: keeps a scan linear on one-line megabytes. */
export const LINE_REACH = 4096;

/** Whether an allow-list reads the line around a match (a stream must wait for the line's end). */
export function readsLine(entries: readonly AllowEntry[]): boolean {
  return entries.some((e) => typeof e === 'object' && 'regex' in e && e.target === 'line');
}

/** The line(s) a match is on, without their line breaks, at most LINE_REACH beyond the match. */
function lineAround(at: CheckContext): string {
  let start = at.matchStart;
  const lo = Math.max(0, at.matchStart - LINE_REACH);
  while (start > lo && at.text.charCodeAt(start - 1) !== 10) start--;
  let end = at.matchEnd;
  const hi = Math.min(at.text.length, at.matchEnd + LINE_REACH);
  while (end < hi && at.text.charCodeAt(end) !== 10) end++;
  return at.text.slice(start, end);
}
