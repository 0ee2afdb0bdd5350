import type { CompiledRule, Policy } from '../compile/policy';
import type { TreeNode } from '../compile/rule-chunks';
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

/** Per rule and text: the end of the last rejected match. */
interface RuleState {
  rejectedEnd: number;
}

/** Characters of context kept before a slice's first candidate and after its last, for `\b` and `$`. */
const CONTEXT = 32;

/**
 * Every rule is scanned as if alone (leftmost, non-overlapping, retrying after rejected candidates
 * — see `take`), so no rule's lookalike can hide another rule's value; all accepted candidates are
 * returned for overlap resolution. The work is organised so clean text
 * costs one combined RE2 pass and one keyword pass:
 *   1. keyword automaton: keyword rules, the keywords that gate regex rules, context words;
 *   2. one combined pattern over the ungated regex rules finds spans; every match of any of those
 *      rules starts inside one of these spans, so nothing else needs looking at;
 *   3. per span, a capture exec names the rule that made it and a tree of alternations finds any
 *      other rule with a match starting inside it (log2 of the rule count execs on tiny slices);
 *      only those rules run there;
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

  const accept = (rule: CompiledRule, start: number, end: number): boolean => {
    const reason = check(rule, start, end);
    if (reason === undefined) {
      out.push({ rule, start, end });
      return true;
    }
    onReject?.({ rule, start, end, reason });
    return false;
  };

  const check = (rule: CompiledRule, start: number, end: number): string | undefined => {
    const value = original.slice(start, end);
    for (const c of rule.checks) {
      const reason = c(value);
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

  /**
   * Judges one regex match found in a slice at `base`; returns where the rule looks next. After a
   * rejected candidate the rule looks again from the next character, so a real value that starts
   * inside a lookalike (`1234 4111 1111 1111 1111`) is still found; matches lying wholly inside the
   * rejected span are parts of the same lookalike (or allow-listed value) and are skipped.
   */
  const take = (rule: CompiledRule, state: RuleState, base: number, m: EngineMatch): number => {
    const ms = base + m.start;
    const me = base + m.end;
    if (me > state.rejectedEnd) {
      const span = findingSpan(rule, text, ms, me, m);
      if (span === undefined || accept(rule, span[0], span[1])) return me;
      state.rejectedEnd = me;
    }
    if (rescanBudget <= 0) return me;
    rescanBudget -= me - ms;
    return ms + 1;
  };

  for (const chunk of policy.chunks) {
    const next = new Int32Array(chunk.rules.length);
    const states = chunk.rules.map((): RuleState => ({ rejectedEnd: -1 }));
    const present: number[] = [];
    walk(text, chunk.combined, chunk.overlap, policy.engine.sliceSize, (base, m) => {
      const s = base + m.start;
      const e = base + m.end;
      // The first rule of the alternation that matches at s made this span; the tree finds any
      // other rule with a match starting inside it.
      const first = chunk.identify === undefined ? 0 : (execIn(chunk.identify, text, s, e)?.groups?.findIndex((g) => g !== undefined) ?? -1);
      present.length = 0;
      if (first >= 0) {
        present.push(first);
        for (const node of chunk.siblings[first]!) collectStarting(node, text, s, e, present);
      } else collectStarting(chunk.root, text, s, e, present);
      for (const idx of present) {
        const rule = chunk.rules[idx]!;
        let from = Math.max(s, next[idx]!);
        // The span is this rule's own match at s: judge it without running the rule again.
        if (idx === first && from === s && rule.regex!.plan.group.mode === 'none') from = take(rule, states[idx]!, 0, { start: s, end: e });
        while (from < e) {
          const found = execIn(rule.regex!.matcher, text, from, e + rule.regex!.plan.maxLength);
          if (found === null || found.start >= e) break;
          from = take(rule, states[idx]!, 0, found);
        }
        next[idx] = from;
      }
      return e;
    });
  }

  if (keywords !== undefined) {
    for (const rule of keywords.gated) {
      const state: RuleState = { rejectedEnd: -1 };
      walk(text, rule.regex!.matcher, rule.regex!.plan.maxLength, policy.engine.sliceSize, (base, m) => take(rule, state, base, m));
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
  const value = m.groups![group.index];
  if (value === undefined || value === '') return undefined;
  // The group's offset is unknown when it is nested: mask from its first to its last occurrence.
  const matched = text.slice(ms, me);
  return [ms + matched.indexOf(value), ms + matched.lastIndexOf(value) + value.length];
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

/**
 * Runs `matcher` from `from` on a slice that holds CONTEXT characters before `from` and after
 * `until` — enough for any match starting before the caller's limit to be found whole — and
 * returns the match in offsets of the whole text.
 */
function execIn(matcher: Matcher, text: string, from: number, until: number): EngineMatch | null {
  const base = Math.max(0, from - CONTEXT);
  const end = Math.min(text.length, until + CONTEXT);
  const m = matcher.exec(base === 0 && end === text.length ? text : text.slice(base, end), from - base);
  if (m === null) return null;
  m.start += base;
  m.end += base;
  return m;
}

/** Adds to `out` every rule under `node` that has a match starting in [s, e). */
function collectStarting(node: TreeNode, text: string, s: number, e: number, out: number[]): void {
  const m = execIn(node.matcher, text, s, e + node.maxLength);
  if (m === null || m.start >= e) return;
  if (node.leaf >= 0) out.push(node.leaf);
  for (const child of node.children) collectStarting(child, text, s, e, out);
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
