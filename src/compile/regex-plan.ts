import type { ParsedRule } from '../rules/schema';
import { captureGroups, lengthBounds, parseRegex, printRegex, splitAtGroup } from './regex-syntax';

/** How a regex rule is scanned, decided once at compile time. */
export interface RegexPlan {
  /** Capture-free: joins the combined pattern and the presence set. */
  readonly bare: string;
  /** What the rule's own matcher runs: `bare`, or a form that exposes the masked group. */
  readonly scan: string;
  /**
   * `split`: scan is `(before)(group)after`, the group starts after capture 1 (exact).
   * `locate`: the group is nested; its text is located in the match (first to last occurrence).
   */
  readonly group: { mode: 'none' } | { mode: 'split' } | { mode: 'locate'; index: number };
  /** Longest match the scanner must leave room for at a slice edge. */
  readonly maxLength: number;
  /** Shortest possible match: a shorter text cannot hold one. */
  readonly minLength: number;
}

/** Throws an Error whose message is the reason, in words, for a pattern that cannot be a rule. */
export function planRegex(rule: ParsedRule & { regex: string }, maxMatchLength: number): RegexPlan {
  const source = rule.ignoreCase === true ? `(?i)${rule.regex}` : rule.regex;
  const ast = parseRegex(source);
  const bounds = lengthBounds(ast);
  if (bounds.min === 0) throw new Error('can match the empty string: every rule must consume at least one character');
  const maxLength = rule.maxLength ?? (Number.isFinite(bounds.max) ? bounds.max : maxMatchLength);
  const minLength = bounds.min;
  const bare = printRegex(ast, true);
  if (rule.group === undefined) return { bare, scan: bare, group: { mode: 'none' }, maxLength, minLength };

  const groups = captureGroups(ast);
  const index = typeof rule.group === 'number' ? rule.group - 1 : groups.findIndex((g) => g.name === rule.group);
  const target = groups[index];
  if (target === undefined) {
    throw new Error(
      typeof rule.group === 'number'
        ? `group ${rule.group}: the pattern has ${groups.length} capture group${groups.length === 1 ? '' : 's'}`
        : `group '${rule.group}': no capture group has this name`,
    );
  }
  if (lengthBounds(target.body).min === 0) throw new Error('group: the masked group can match the empty string');
  const split = splitAtGroup(ast, target);
  if (split !== null) return { bare, scan: split, group: { mode: 'split' }, maxLength, minLength };
  return { bare, scan: printRegex(ast, false), group: { mode: 'locate', index }, maxLength, minLength };
}
