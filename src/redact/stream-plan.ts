import type { CompiledRule, Policy } from '../compile/policy';
import { prefixPattern } from '../compile/regex-prefix';
import { parseRegex } from '../compile/regex-syntax';
import type { Matcher } from '../engine/types';

/** What a stream needs beyond the policy, derived from it once (on the first stream). */
export interface StreamPlan {
  /**
   * Per rule (by `order`): `(?:prefix)\z`, matching from where a match could still start at the end
   * of the received text. Undefined for keyword rules, and for a regex whose prefix pattern the
   * engine refused: the stream then assumes its last `maxLength` units may start a match.
   */
  readonly prefixes: readonly (Matcher | undefined)[];
  /** Per context group: its longest word, to know when no word that is still arriving can matter. */
  readonly contextWordLength: readonly number[];
  /** Keyword rules present: hold back a suffix that may still grow into a keyword. */
  readonly holdKeywords: boolean;
  /** Most units a stream ever holds back (see `bound` in docs/streaming.md). */
  readonly bound: number;
}

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
  const anyKeyword = automaton === undefined ? 0 : Math.max(...automaton.lengths);

  // Reach: how far back from the end of the received text an undecided finding can start (a
  // match still growing, a keyword awaiting the character after it, a context word still to
  // come). Longest: how far a decided finding can reach back past that point.
  let reach = holdKeywords ? anyKeyword + LOOKAHEAD : 0;
  let longest = 0;
  for (const rule of policy.rules) {
    const max = longestMatch[rule.order]!;
    const context = rule.context === undefined ? 0 : rule.context.window + contextWordLength[rule.context.group]! - 1;
    reach = Math.max(reach, max + context + (rule.regex === undefined ? LOOKAHEAD : 0));
    longest = Math.max(longest, max);
  }
  return {
    prefixes: policy.rules.map((rule) => prefixMatcher(policy, rule)),
    contextWordLength,
    holdKeywords,
    // + 1: a piece never ends between the halves of a surrogate pair.
    bound: reach + longest + 1,
  };
}

function prefixMatcher(policy: Policy, rule: CompiledRule): Matcher | undefined {
  if (rule.regex === undefined) return undefined;
  try {
    return policy.engine.compile(`(?:${prefixPattern(parseRegex(rule.regex.plan.bare))})\\z`);
  } catch {
    // Too large for the engine: the stream falls back to holding the rule's longest match.
    return undefined;
  }
}
