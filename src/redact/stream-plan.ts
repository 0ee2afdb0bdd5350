import type { CompiledRule, Policy } from '../compile/policy';
import { prefixPattern } from '../compile/regex-prefix';
import { parseRegex } from '../compile/regex-syntax';
import { LINE_REACH } from '../compile/value-checks';
import type { Matcher } from '../engine/types';

/** Prefix patterns of several rules in one matcher: one engine call per chunk for all of them. */
export interface PrefixGroup {
  /** `(?:prefix1|prefix2|…)\z`; undefined when the engine refused it (then all may still grow). */
  readonly matcher: Matcher | undefined;
  /** The group's longest match: no match that is still growing starts further back. */
  readonly maxLength: number;
}

/** What a stream needs beyond the policy, derived from it once (on the first stream). */
export interface StreamPlan {
  /** Every regex rule's prefix pattern (compile/regex-prefix.ts), grouped by similar maxLength. */
  readonly prefixes: readonly PrefixGroup[];
  /** Per context group: its longest word, to know when no word that is still arriving can matter. */
  readonly contextWordLength: readonly number[];
  /** Keyword rules present: hold back a suffix that may still grow into a keyword. */
  readonly holdKeywords: boolean;
  /** Most units a stream ever holds back (see `bound` in docs/streaming.md). */
  readonly bound: number;
  /** Units kept before the emitted point for the checks that read back from a match. */
  readonly lookbehind: number;
}

/** Units kept before the emitted point: `\b` reads one back, a whole-word check two (a surrogate pair). */
const LOOKBEHIND = 2;

/** Rules per prefix matcher: re2-wasm's DFA falls off a cliff past a few dozen complex patterns. */
const GROUP_SIZE = 16;

/** A keyword is judged once the code point after it (up to two units) has arrived. */
export const LOOKAHEAD = 2;

const plans = new WeakMap<Policy, StreamPlan>();

export function streamPlan(policy: Policy): StreamPlan {
  let plan = plans.get(policy);
  if (plan === undefined) plans.set(policy, (plan = buildPlan(policy)));
  return plan;
}

function buildPlan(policy: Policy): StreamPlan {
  const { automaton, keywordEntries } = policy;
  const contextWordLength = new Array<number>(policy.contextGroups).fill(0);
  // Per rule: its longest match (a regex's maxLength, a keyword rule's longest keyword).
  const longestMatch = policy.rules.map((r) => r.regex?.plan.maxLength ?? 0);
  keywordEntries.forEach((entry, id) => {
    const length = automaton!.lengths[id]!;
    if (entry.kind === 'context') contextWordLength[entry.group] = Math.max(contextWordLength[entry.group]!, length);
    if (entry.kind === 'keyword') longestMatch[entry.rule.order] = Math.max(longestMatch[entry.rule.order]!, length);
  });
  const holdKeywords = keywordEntries.some((e) => e.kind === 'keyword');
  // A loop, not Math.max(...lengths): keyword lists run to tens of thousands.
  const anyKeyword = automaton === undefined ? 0 : automaton.lengths.reduce((a, b) => Math.max(a, b), 0);

  // Reach: how far back from the end of the received text an undecided finding can start (a
  // match still growing, a keyword awaiting the character after it, a context word still to
  // come). Longest: how far a decided finding can reach back past that point.
  // A rule whose allow-list reads the line waits for the line's end, at most LINE_REACH away.
  let reach = holdKeywords ? anyKeyword + LOOKAHEAD : 0;
  let longest = 0;
  for (const rule of policy.rules) {
    const max = longestMatch[rule.order]!;
    const context = rule.context === undefined ? 0 : rule.context.window + contextWordLength[rule.context.group]! - 1;
    const line = rule.allowReadsLine ? LINE_REACH : 0;
    reach = Math.max(reach, max + Math.max(context, line) + (rule.regex === undefined ? LOOKAHEAD : 0));
    longest = Math.max(longest, max);
  }
  const readsLines = policy.rules.some((r) => r.allowReadsLine);
  return {
    prefixes: prefixGroups(policy),
    contextWordLength,
    holdKeywords,
    // + 1: a piece never ends between the halves of a surrogate pair.
    bound: reach + longest + 1,
    lookbehind: LOOKBEHIND + (readsLines ? LINE_REACH : 0),
  };
}

function prefixGroups(policy: Policy): PrefixGroup[] {
  const rules = policy.rules.filter((r) => r.regex !== undefined).sort((a, b) => a.regex!.plan.maxLength - b.regex!.plan.maxLength);
  const groups: PrefixGroup[] = [];
  for (let i = 0; i < rules.length; i += GROUP_SIZE) {
    const group = rules.slice(i, i + GROUP_SIZE);
    groups.push({ matcher: prefixMatcher(policy, group), maxLength: group[group.length - 1]!.regex!.plan.maxLength });
  }
  return groups;
}

function prefixMatcher(policy: Policy, rules: readonly CompiledRule[]): Matcher | undefined {
  const patterns = rules.map((rule) => prefixPattern(parseRegex(rule.regex!.plan.bare)));
  if (patterns.some((p) => p === undefined)) return undefined;
  try {
    return policy.engine.compile(`(?:${patterns.map((p) => `(?:${p})`).join('|')})\\z`);
  } catch {
    // Too large for the engine: the stream falls back to holding the group's longest match.
    return undefined;
  }
}
