import type { CompiledRule, Policy } from '../compile/policy';
import type { RuleChunk, TreeNode } from '../compile/rule-chunks';
import type { CheckContext } from '../compile/value-checks';
import type { EngineMatch, Span, Subject } from '../engine/types';
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
 *   4. gated rules whose keyword occurred scan the whole text, or only the stretches around the
 *      keyword's occurrences when every match of the rule contains one (`walkNear`).
 * Long texts are scanned in slices that overlap by the longest match a rule can make.
 */
export function detect(policy: Policy, original: string, onReject?: (r: Rejection) => void): Candidate[] {
  const text = sanitize(original);
  const n = text.length;
  const subject = policy.chunks.length > 0 || policy.automaton !== undefined ? policy.engine.prepare(text) : undefined;
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

  /**
   * Judges one regex match; returns where the rule looks next. An allow-listed match is passed
   * over whole. After a candidate a check turned down, the rule looks again from the next
   * character, so a real value that starts inside a lookalike (`1234 4111 1111 1111 1111`) is still
   * found; matches lying wholly inside the rejected span are parts of the same lookalike and are
   * skipped.
   */
  const take = (rule: CompiledRule, state: RuleState, m: EngineMatch): number => {
    const ms = m.start;
    const me = m.end;
    if (me > state.rejectedEnd) {
      const span = findingSpan(rule, text, ms, me, m);
      if (span === undefined || accept(rule, span[0], span[1], ms, me) !== 'retry') return me;
      state.rejectedEnd = me;
    }
    if (rescanBudget <= 0) return me;
    rescanBudget -= me - ms;
    return ms + 1;
  };

  for (const chunk of policy.chunks) {
    const next = new Int32Array(chunk.rules.length);
    const states = chunk.rules.map((): RuleState => ({ rejectedEnd: -1 }));
    walk(subject!, chunk.combined.find, chunk.overlap, policy.engine.sliceSize, (m) => {
      const s = m.start;
      const e = m.end;
      for (const idx of presentIn(chunk, subject!, s, e)) {
        const rule = chunk.rules[idx]!;
        const { matcher, plan } = rule.regex!;
        let from = Math.max(s, next[idx]!);
        while (from < e) {
          // Position only, unless the rule masks a group and needs its text.
          const found = plan.group.mode === 'none' ? matcher.find(subject!, from, e + plan.maxLength) : matcher.exec(subject!, from, e + plan.maxLength);
          if (found === null || found.start >= e) break;
          from = take(rule, states[idx]!, found);
        }
        next[idx] = from;
      }
      return e;
    });
  }

  if (keywords !== undefined) {
    for (const { rule, near } of keywords.gated) {
      const state: RuleState = { rejectedEnd: -1 };
      const { matcher, plan } = rule.regex!;
      const search = plan.group.mode === 'none' ? matcher.find : matcher.exec;
      const visit = (m: EngineMatch): number => take(rule, state, m);
      if (near === undefined) walk(subject!, search, plan.maxLength, policy.engine.sliceSize, visit);
      else walkNear(subject!, search, plan.maxLength, policy.engine.sliceSize, near, visit);
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
export function findingSpan(rule: CompiledRule, text: string, ms: number, me: number, m: EngineMatch): [number, number] | undefined {
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
 * Runs a search (a matcher's `find` or `exec`) over the text, leftmost first, for matches starting
 * in [from, to) (the whole text by default); `visit` judges each match and returns where to
 * continue, and the position reached is returned. A long stretch is searched a slice at a time:
 * each search vouches for matches starting in the next `sliceSize` characters and sees `maxLength`
 * more, so a match up to `maxLength` long is found whole, exactly once, with the same context as in
 * the full text.
 */
export function walk<M extends Span>(
  subject: Subject,
  search: (subject: Subject, from: number, until: number) => M | null,
  maxLength: number,
  sliceSize: number,
  visit: (m: M) => number,
  from = 0,
  to = subject.text.length,
): number {
  const n = subject.text.length;
  // A slice never shorter than the longest match: each search reads its slice plus that much, so
  // shorter slices would read the same text over and over (re2-wasm copies it in on every call).
  const step = Math.max(sliceSize, maxLength);
  let pos = from;
  while (pos < to) {
    const until = to - pos <= step + maxLength ? to : pos + step;
    const m = search(subject, pos, Math.min(n, until + maxLength));
    if (m === null || (m.start >= until && until < n)) {
      if (until >= to) return to;
      pos = until;
      continue;
    }
    pos = visit(m);
  }
  return pos;
}

/**
 * `walk` for a rule every match of which contains one of its keywords: only matches starting
 * within `maxLength` before a keyword occurrence's end and no later than its start are possible.
 * `hits` is the flat [start, end, …] of the occurrences, in end order.
 */
function walkNear<M extends Span>(
  subject: Subject,
  search: (subject: Subject, from: number, until: number) => M | null,
  maxLength: number,
  sliceSize: number,
  hits: readonly number[],
  visit: (m: M) => number,
): void {
  let pos = 0;
  for (let i = 0; i < hits.length; ) {
    const lo = Math.max(0, hits[i + 1]! - maxLength);
    let hi = hits[i]!;
    // Ends ascend, so the windows' first starts do too: merge while they touch.
    for (i += 2; i < hits.length && hits[i + 1]! - maxLength <= hi + 1; i += 2) hi = Math.max(hi, hits[i]!);
    pos = walk(subject, search, maxLength, sliceSize, visit, Math.max(pos, lo), hi + 1);
  }
}

/**
 * Rules of the chunk that may have a match starting in [s, e), a span of the combined pattern: a
 * superset, since each of them then runs exactly.
 */
function presentIn(chunk: RuleChunk, subject: Subject, s: number, e: number): readonly number[] {
  const { presence } = chunk;
  if (presence.kind === 'set') return presence.set.present(subject, s, e + chunk.overlap);
  // The root is the combined pattern, which made this span: only its subtrees need a search.
  const out: number[] = [];
  if (presence.root.leaf >= 0) out.push(presence.root.leaf);
  for (const child of presence.root.children) collectStarting(child, subject, s, e, out);
  return out;
}

/** Adds to `out` every rule under `node` that has a match starting in [s, e). */
function collectStarting(node: TreeNode, subject: Subject, s: number, e: number, out: number[]): void {
  const m = node.matcher.find(subject, s, e + node.maxLength);
  if (m === null || m.start >= e) return;
  if (node.leaf >= 0) out.push(node.leaf);
  for (const child of node.children) collectStarting(child, subject, s, e, out);
}

interface KeywordPass {
  /**
   * Gated rules whose keyword occurs, in rule order; for a rule scanned only near its keywords,
   * the occurrences as flat [start, end, …] in end order.
   */
  readonly gated: { rule: CompiledRule; near: number[] | undefined }[];
  readonly hits: { rule: CompiledRule; keyword: string; start: number; end: number }[];
  /** Per context group: flat [start, end, start, end, …] of context word occurrences. */
  readonly context: number[][];
}

function keywordPass(policy: Policy, original: string): KeywordPass {
  const entries = policy.keywordEntries;
  const gated = new Map<CompiledRule, number[] | undefined>();
  const hits: KeywordPass['hits'] = [];
  const context: number[][] = Array.from({ length: policy.contextGroups }, () => []);
  policy.automaton!.scan(original, (id, start, end) => {
    const entry = entries[id]!;
    if (entry.kind === 'gate') {
      const { rule } = entry;
      if (!rule.regex!.near) gated.set(rule, undefined);
      else {
        const near = gated.get(rule);
        if (near === undefined) gated.set(rule, [start, end]);
        else near.push(start, end);
      }
    } else if (entry.kind === 'keyword') hits.push({ rule: entry.rule, keyword: entry.keyword, start, end });
    else context[entry.group]!.push(start, end);
  });
  const ordered = [...gated].map(([rule, near]) => ({ rule, near })).sort((a, b) => a.rule.order - b.rule.order);
  return { gated: ordered, hits, context };
}
