import type { CompiledRule, Policy } from '../compile/policy';
import type { CheckContext } from '../compile/value-checks';
import type { EngineMatch, Matcher } from '../engine/types';
import { sanitize } from './sanitize';
import { isWholeWord } from './word-boundary';

/** A value one rule found and its checks accepted, in UTF-16 offsets of the original text. */
export interface Candidate {
  readonly rule: CompiledRule;
  readonly start: number;
  readonly end: number;
}

/** A value a rule matched but a validator, allow-list, context or boundary check turned down. */
export interface Rejection extends Candidate {
  readonly reason: string;
}

/** Characters of context kept before a slice's first candidate and after its last, for `\b` and `$`. */
const CONTEXT = 32;

/**
 * Every rule is scanned as if alone (leftmost, non-overlapping; after a rejected candidate it looks
 * again from the next character, so a lookalike never hides a real value inside it), and all
 * accepted candidates are returned for overlap resolution. The work is organised so clean text
 * costs one combined RE2 pass and one keyword pass:
 *   1. keyword automaton: keyword rules, the keywords that gate regex rules, context words;
 *   2. one combined pattern over all ungated regex rules finds spans; every match of any of those
 *      rules starts inside one of these spans, so nothing else needs looking at;
 *   3. per region of nearby spans, the engine's pattern set says which rules occur, and only those
 *      rules run there;
 *   4. gated rules whose keyword occurred scan the whole text.
 * Long texts are scanned in slices that overlap by the longest match a rule can make.
 */
export function detect(policy: Policy, original: string, onReject?: (r: Rejection) => void): Candidate[] {
  const text = sanitize(original);
  const n = text.length;
  const out: Candidate[] = [];
  const keywords = policy.automaton === undefined ? undefined : keywordPass(policy, original);
  // Re-scanning after rejected candidates is bounded so the whole scan stays linear.
  let rescanBudget = 4 * n + 4096;

  /**
   * Judges a candidate: `found`, `retry` (a validator or context turned it down; a real value may
   * start inside it) or `skip` (allow-listed: the match is fine as a whole, and a piece of it such
   * as `it@github.com` in an allowed `git@github.com` must not be reported instead).
   */
  const accept = (rule: CompiledRule, start: number, end: number, matchStart = start, matchEnd = end): 'found' | 'retry' | 'skip' => {
    const value = original.slice(start, end);
    const at = { text: original, matchStart, matchEnd };
    const reason = check(rule, value, at, start, end);
    if (reason !== undefined) {
      onReject?.({ rule, start, end, reason });
      return 'retry';
    }
    for (const allowed of rule.allow) {
      const why = allowed(value, at);
      if (why !== undefined) {
        onReject?.({ rule, start, end, reason: why });
        return 'skip';
      }
    }
    out.push({ rule, start, end });
    return 'found';
  };

  const check = (rule: CompiledRule, value: string, at: CheckContext, start: number, end: number): string | undefined => {
    for (const c of rule.checks) {
      const reason = c(value, at);
      if (reason !== undefined) return reason;
    }
    if (rule.context !== undefined) {
      const { group, window } = rule.context;
      const hits = keywords!.context[group]!;
      let near = false;
      for (let i = 0; i < hits.length && !near; i += 2) near = hits[i]! < end + window && hits[i + 1]! > start - window;
      if (!near) return 'no context word nearby';
    }
    return undefined;
  };

  /** Judges one regex match found in a slice at `base`; returns where the rule looks next. */
  const take = (rule: CompiledRule, base: number, m: EngineMatch): number => {
    const ms = base + m.start;
    const me = base + m.end;
    const span = findingSpan(rule, text, ms, me, m);
    if (span === undefined || accept(rule, span[0], span[1], ms, me) !== 'retry') return me;
    if (rescanBudget <= 0) return me;
    rescanBudget -= me - ms;
    return ms + 1;
  };

  if (policy.combined !== undefined) {
    const spans: number[] = [];
    walk(text, policy.combined, policy.overlap, policy.engine.sliceSize, (base, m) => {
      spans.push(base + m.start, base + m.end);
      return base + m.end;
    });
    const next = new Int32Array(policy.ungated.length);
    forEachRegion(spans, policy.overlap, policy.engine.sliceSize, (rs, re) => {
      const base = Math.max(0, rs - CONTEXT);
      const end = Math.min(n, re + policy.overlap + CONTEXT);
      const slice = base === 0 && end === n ? text : text.slice(base, end);
      for (const idx of policy.presence.present(slice)) {
        const rule = policy.ungated[idx]!;
        let from = Math.max(rs, next[idx]!);
        while (from < re) {
          const m = rule.regex!.matcher.exec(slice, from - base);
          if (m === null || base + m.start >= re) break;
          from = take(rule, base, m);
        }
        next[idx] = from;
      }
    });
  }

  if (keywords !== undefined) {
    for (const rule of keywords.gated) {
      walk(text, rule.regex!.matcher, rule.regex!.plan.maxLength, policy.engine.sliceSize, (base, m) => take(rule, base, m));
    }
    for (const hit of keywords.hits) {
      const { rule, keyword } = hit;
      const found = original.slice(hit.start, hit.end);
      if (rule.keyword!.caseSensitive && found !== keyword) continue;
      if (rule.keyword!.wholeWord && !isWholeWord(original, hit.start, hit.end)) {
        onReject?.({ rule, start: hit.start, end: hit.end, reason: 'not a whole word' });
        continue;
      }
      accept(rule, hit.start, hit.end);
    }
  }
  return out;
}

/** The part of a match that is masked: the whole match, or the rule's capture group. */
function findingSpan(rule: CompiledRule, text: string, ms: number, me: number, m: EngineMatch): [number, number] | undefined {
  const group = rule.regex!.plan.group;
  if (group.mode === 'none') return [ms, me];
  if (group.mode === 'split') {
    const value = m.groups![1];
    if (value === undefined || value === '') return undefined;
    const start = ms + m.groups![0]!.length;
    return [start, start + value.length];
  }
  const value = group.mode === 'locate' ? m.groups![group.index] : firstTaken(m.groups!, group.indexes);
  if (value === undefined || value === '') return group.mode === 'first' ? [ms, me] : undefined;
  // The group's offset is unknown when it is nested: mask from its first to its last occurrence.
  const matched = text.slice(ms, me);
  return [ms + matched.indexOf(value), ms + matched.lastIndexOf(value) + value.length];
}

function firstTaken(groups: readonly (string | undefined)[], indexes: readonly number[]): string | undefined {
  for (const i of indexes) {
    const v = groups[i];
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}

/**
 * Runs `matcher` over the whole text, leftmost first; `visit` judges each match and returns where
 * to continue. A text longer than one slice is scanned in slices that start CONTEXT before the
 * position and reach `maxLength` + CONTEXT past the last start they vouch for, so a match up to
 * `maxLength` long is found whole, exactly once, with the same context as in the full text.
 */
export function walk(text: string, matcher: Matcher, maxLength: number, sliceSize: number, visit: (base: number, m: EngineMatch) => number): void {
  const n = text.length;
  let pos = 0;
  if (n <= sliceSize + maxLength) {
    while (pos < n) {
      const m = matcher.exec(text, pos);
      if (m === null) return;
      pos = visit(0, m);
    }
    return;
  }
  let base = 0;
  let end = 0;
  let trusted = -1;
  let slice = '';
  while (pos < n) {
    if (pos > trusted) {
      base = Math.max(0, pos - CONTEXT);
      end = Math.min(n, pos + sliceSize + maxLength + CONTEXT);
      trusted = end === n ? n : end - maxLength - CONTEXT;
      slice = text.slice(base, end);
    }
    const m = matcher.exec(slice, pos - base);
    if (m === null || base + m.start > trusted) {
      if (end === n) return;
      pos = trusted + 1;
      continue;
    }
    pos = visit(base, m);
  }
}

/** Groups nearby spans into regions no longer than one slice; calls `fn(start, end)` per region. */
function forEachRegion(spans: readonly number[], gap: number, maxRegion: number, fn: (start: number, end: number) => void): void {
  if (spans.length === 0) return;
  let rs = spans[0]!;
  let re = spans[1]!;
  for (let i = 2; i < spans.length; i += 2) {
    const s = spans[i]!;
    const e = spans[i + 1]!;
    if (s < re + gap + 2 * CONTEXT && e - rs <= maxRegion) {
      re = Math.max(re, e);
      continue;
    }
    fn(rs, re);
    rs = s;
    re = e;
  }
  fn(rs, re);
}

interface KeywordPass {
  /** Gated rules whose keyword occurs, in rule order. */
  readonly gated: CompiledRule[];
  readonly hits: { rule: CompiledRule; keyword: string; start: number; end: number }[];
  /** Per context group: flat [start, end, start, end, …] of context word occurrences. */
  readonly context: number[][];
}

function keywordPass(policy: Policy, original: string): KeywordPass {
  const entries = policy.keywordEntries;
  const gatedSeen = new Set<CompiledRule>();
  const hits: KeywordPass['hits'] = [];
  const context: number[][] = Array.from({ length: policy.contextGroups }, () => []);
  policy.automaton!.scan(original, (id, start, end) => {
    const entry = entries[id]!;
    if (entry.kind === 'gate') gatedSeen.add(entry.rule);
    else if (entry.kind === 'keyword') hits.push({ rule: entry.rule, keyword: entry.keyword, start, end });
    else context[entry.group]!.push(start, end);
  });
  return { gated: [...gatedSeen].sort((a, b) => a.order - b.order), hits, context };
}
