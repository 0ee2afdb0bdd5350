import type { CompiledRule, Policy } from '../compile/policy';
import { resolveOverlaps, type Resolved } from '../detect/overlaps';
import { sanitize } from '../detect/sanitize';
import { findingSpan } from '../detect/scan';
import { isWholeWord } from '../detect/word-boundary';
import { LINE_REACH } from '../compile/value-checks';
import type { EngineMatch, Matcher, Subject } from '../engine/types';
import { LOOKAHEAD, streamPlan, type PrefixGroup, type StreamPlan } from './stream-plan';

/** A finding that is decided but not yet emitted; positions count from the start of the text. */
interface Held {
  readonly order: number;
  readonly start: number;
  readonly end: number;
}

interface KeywordHit extends Held {
  readonly keyword: string;
}

type Verdict = 'accept' | 'reject' | 'skip' | 'wait';

/**
 * The incremental form of `detect` + `resolveOverlaps` + `applyMasks`. Every rule is scanned as
 * `detect` scans it (alone, leftmost, non-overlapping, a rejected candidate re-scanned from its next
 * character), but each rule keeps its scan position across chunks and only decides what no later
 * chunk can change; text is emitted up to the first place where something is still undecided.
 * See docs/streaming.md for why the result equals redacting the whole text, and when it does not.
 *
 * Positions are offsets in the whole text; `text`/`clean` keep only its tail from `base` on.
 */
export class StreamScanner {
  /** Original units from `base` on, and the same with surrogates replaced (what the engine reads). */
  private text = '';
  private clean = '';
  /** `clean` prepared for the engine; dropped whenever `clean` changes. */
  private subject: Subject | undefined;
  private base = 0;
  private emitted = 0;
  /** Keyword automaton cursor after the last unit received. */
  private cursor = 0;
  /** Same budget as `detect`: rescans after rejected candidates stay linear in the text. */
  private budget = 4096;
  /** Per rule: where its scan goes on; -1 for a gated rule none of whose keywords has arrived. */
  private readonly next: number[];
  /** Per rule: the end of its last rejected match, as in `detect`. */
  private readonly rejectedEnd: number[];
  private held: Held[] = [];
  private keywordHits: KeywordHit[] = [];
  /** Per context group: flat [start, end, …] of context words not yet too far back to matter. */
  private readonly context: number[][];
  /** Where the last line break received is (-1: none yet): a line around a match has ended. */
  private lastBreak = -1;

  constructor(policy: Policy) {
    this.next = policy.rules.map((r) => (r.regex !== undefined && r.regex.gated ? -1 : 0));
    this.rejectedEnd = policy.rules.map(() => -1);
    this.context = Array.from({ length: policy.contextGroups }, () => []);
  }

  get received(): number {
    return this.base + this.text.length;
  }

  get pending(): number {
    return this.received - this.emitted;
  }

  /** Takes the next piece of text; returns the redacted text that no later piece can change. */
  push(policy: Policy, chunk: string): string {
    if (chunk.length === 0) return '';
    const from = this.text.length;
    this.text += chunk;
    this.clean += sanitize(chunk);
    this.subject = undefined;
    this.budget += 4 * chunk.length;
    const br = chunk.lastIndexOf('\n');
    if (br >= 0) this.lastBreak = this.base + from + br;
    if (policy.automaton !== undefined) {
      this.cursor = policy.automaton.resume(this.cursor, this.text, from, (id, start, end) => this.keyword(policy, id, start + this.base, end + this.base));
    }
    return this.emit(policy, false);
  }

  /** The end of the text: everything left, redacted. The scanner is spent afterwards. */
  finish(policy: Policy): string {
    return this.emit(policy, true);
  }

  private keyword(policy: Policy, id: number, start: number, end: number): void {
    const entry = policy.keywordEntries[id]!;
    if (entry.kind === 'gate') {
      // From here on the rule runs, from the first unit not yet emitted (docs/streaming.md: gated rules).
      if (this.next[entry.rule.order]! < 0) this.next[entry.rule.order] = this.emitted;
    } else if (entry.kind === 'keyword') {
      this.keywordHits.push({ order: entry.rule.order, keyword: entry.keyword, start, end });
    } else {
      this.context[entry.group]!.push(start, end);
    }
  }

  private emit(policy: Policy, final: boolean): string {
    const plan = streamPlan(policy);
    const received = this.received;
    // The earliest position where a finding may start that is not decided yet.
    let undecided = received;

    const waiting: KeywordHit[] = [];
    for (const hit of this.keywordHits) {
      const verdict = !final && hit.end + LOOKAHEAD > received ? 'wait' : this.judgeKeyword(plan, policy.rules[hit.order]!, hit, final);
      if (verdict === 'accept') this.held.push(hit);
      if (verdict !== 'wait') continue;
      waiting.push(hit);
      undecided = Math.min(undecided, hit.start);
    }
    this.keywordHits = waiting;
    if (!final && plan.holdKeywords) undecided = Math.min(undecided, received - policy.automaton!.pendingLength(this.cursor));

    let open = received;
    if (!final) for (const group of plan.prefixes) open = Math.min(open, this.openFrom(policy, group));
    undecided = Math.min(undecided, open);
    for (const rule of policy.rules) {
      if (rule.regex !== undefined && this.next[rule.order]! >= 0) undecided = Math.min(undecided, this.scanRule(policy, plan, rule, open, final, policy.engine.sliceSize));
    }

    const regions = resolveOverlaps(this.held.map((h) => ({ rule: policy.rules[h.order]!, start: h.start, end: h.end })));
    const cut = final ? received : this.cutAt(plan, regions, undecided);
    const out = this.render(regions, cut);
    this.advance(policy, plan, cut);
    return out;
  }

  private prepared(policy: Policy): Subject {
    this.subject ??= policy.engine.prepare(this.clean);
    return this.subject;
  }

  /** Where a match of one of the group's rules might start that later text could still change. */
  private openFrom(policy: Policy, group: PrefixGroup): number {
    const received = this.received;
    const from = Math.max(this.emitted, received - group.maxLength);
    if (from >= received || group.matcher === undefined) return from;
    // Only the tail can match; the engine reads no further back than its context.
    const m = group.matcher.exec(this.prepared(policy), from - this.base, this.clean.length);
    return m === null ? received : m.start + this.base;
  }

  /**
   * Runs the rule's scan over what is decided (matches starting before `open`) the way `detect`'s
   * `take` does; returns where it stopped deciding.
   */
  private scanRule(policy: Policy, plan: StreamPlan, rule: CompiledRule, open: number, final: boolean, sliceSize: number): number {
    const { base } = this;
    const i = rule.order;
    let from = this.next[i]!;
    let decidedUntil = open;
    while (from < decidedUntil) {
      const m = execFrom(rule.regex!.matcher, this.prepared(policy), from - base, rule.regex!.plan.maxLength, sliceSize);
      if (m === null || m.start + base >= decidedUntil) {
        from = decidedUntil;
        break;
      }
      const ms = m.start + base;
      const me = m.end + base;
      // Matches wholly inside a rejected one are parts of the same lookalike: not judged again.
      if (me > this.rejectedEnd[i]!) {
        const span = findingSpan(rule, this.clean, m.start, m.end, m);
        const verdict = span === undefined ? 'skip' : this.judge(plan, rule, span[0] + base, span[1] + base, m, final);
        if (verdict === 'wait') {
          // A context word may still arrive: the scan resumes here on the next chunk.
          decidedUntil = from = ms;
          break;
        }
        if (verdict !== 'reject') {
          if (verdict === 'accept') this.held.push({ order: i, start: span![0] + base, end: span![1] + base });
          from = me;
          continue;
        }
        this.rejectedEnd[i] = me;
      }
      if (this.budget <= 0) {
        from = me;
        continue;
      }
      this.budget -= me - ms;
      from = ms + 1;
    }
    this.next[i] = from;
    return decidedUntil;
  }

  /**
   * The checks `detect` applies, except that a missing context word may still be on its way; an
   * allow-listed match is passed over whole (`skip`). `match` is in offsets of the retained text.
   */
  private judge(plan: StreamPlan, rule: CompiledRule, start: number, end: number, match: EngineMatch, final: boolean): Verdict {
    const value = this.text.slice(start - this.base, end - this.base);
    const at = { text: this.text, matchStart: match.start, matchEnd: match.end };
    for (const check of rule.checks) if (check(value, at) !== undefined) return 'reject';
    if (rule.context !== undefined) {
      const { group, window } = rule.context;
      const words = this.context[group]!;
      let near = false;
      for (let i = 0; i < words.length && !near; i += 2) near = words[i]! < end + window && words[i + 1]! > start - window;
      if (!near) {
        // A word still arriving ends after `received`, so it starts after received - its length.
        const couldArrive = end + window > this.received - plan.contextWordLength[group]! + 1;
        return !final && couldArrive ? 'wait' : 'reject';
      }
    }
    // `target: line` reads up to the line break after the match: wait until it, or LINE_REACH, arrived.
    if (rule.allowReadsLine && !final && this.lastBreak < this.base + match.end && this.base + match.end + LINE_REACH > this.received) return 'wait';
    for (const allowed of rule.allow) if (allowed(value, at) !== undefined) return 'skip';
    return 'accept';
  }

  private judgeKeyword(plan: StreamPlan, rule: CompiledRule, hit: KeywordHit, final: boolean): Verdict {
    const start = hit.start - this.base;
    const end = hit.end - this.base;
    if (rule.keyword!.caseSensitive && this.text.slice(start, end) !== hit.keyword) return 'reject';
    if (rule.keyword!.wholeWord && !isWholeWord(this.text, start, end)) return 'reject';
    return this.judge(plan, rule, hit.start, hit.end, { start, end }, final);
  }

  /**
   * Emits up to `undecided`, but not into a region that reaches past it (a finding still to come
   * may merge with it). Past the bound, a region longer than any single finding (a chain of
   * overlapping findings) is cut so the hold-back stays bounded; its rest is still masked.
   */
  private cutAt(plan: StreamPlan, regions: readonly Resolved[], undecided: number): number {
    let cut = undecided;
    for (const r of regions) if (r.start < cut && r.end > cut) cut = Math.max(this.emitted, r.start);
    cut = Math.max(cut, this.received - (plan.bound - 1));
    // Never end a piece between the halves of a surrogate pair: a consumer that encodes each
    // piece on its own (an HTTP response, stdout) would turn both halves into U+FFFD.
    if (cut > this.emitted && isHighSurrogate(this.text.charCodeAt(cut - 1 - this.base))) cut--;
    return cut;
  }

  private render(regions: readonly Resolved[], cut: number): string {
    const { base } = this;
    let out = '';
    let at = this.emitted;
    for (const r of regions) {
      if (r.start >= cut) break;
      // A region cut at the bound on the previous chunk goes on masked from the emitted point.
      const start = Math.max(r.start, at);
      const end = Math.min(r.end, cut);
      out += this.text.slice(at - base, start - base) + r.winner.rule.mask(this.text.slice(start - base, end - base));
      at = end;
    }
    return out + this.text.slice(at - base, cut - base);
  }

  private advance(policy: Policy, plan: StreamPlan, cut: number): void {
    this.emitted = cut;
    this.held = this.held.filter((h) => h.end > cut);
    for (const rule of policy.rules) {
      if (rule.context === undefined) continue;
      // Words ending a window or more before the emitted point cannot be near any finding to come.
      const words = this.context[rule.context.group]!;
      const limit = cut - rule.context.window;
      let keep = 0;
      while (keep < words.length && words[keep + 1]! <= limit) keep += 2;
      if (keep > 0) words.splice(0, keep);
    }
    const drop = cut - plan.lookbehind - this.base;
    // Trimming copies the kept tail: do it once the dead head outweighs it.
    if (drop > 0 && drop >= this.text.length - drop) {
      this.text = this.text.slice(drop);
      this.clean = this.clean.slice(drop);
      this.subject = undefined;
      this.base += drop;
    }
  }
}

/**
 * The leftmost match at or after `from`, reading one engine slice at a time as `detect`'s `walk`
 * does (re2-wasm copies its whole input into wasm on every call): exact for matches up to
 * `maxLength`. Offsets are in the retained text.
 */
function execFrom(matcher: Matcher, subject: Subject, from: number, maxLength: number, sliceSize: number): EngineMatch | null {
  const n = subject.text.length;
  for (let pos = from; ; ) {
    const until = Math.min(n, pos + sliceSize);
    const m = matcher.exec(subject, pos, until + maxLength);
    if (m !== null && (m.start < until || until >= n)) return m;
    if (until >= n) return null;
    pos = until;
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
