import type { ParsedRule } from '../rules/schema';
import { captureGroups, lengthBounds, parseRegex, printRegex, splitAtGroup, type Node } from './regex-syntax';

/** How a regex rule is scanned, decided once at compile time. */
export interface RegexPlan {
  /** The parsed pattern (with the rule's `ignoreCase` applied). */
  readonly ast: Node;
  /** Capture-free. */
  readonly bare: string;
  /** Capture-free and relaxed (`printRegex`): finds every position where the rule can match. */
  readonly locate: string;
  /** What the rule's own matcher runs: `bare`, or a form that exposes the masked group. */
  readonly scan: string;
  /**
   * `split`: scan is `(before)(group)after`, the group starts after capture 1 (exact).
   * `locate`: the group is nested; its text is located in the match (first to last occurrence).
   * `first`: a list of groups; the first that took part in the match is located, else the whole
   *   match is masked (gitleaks' "first non-empty group" secret).
   */
  readonly group: { mode: 'none' } | { mode: 'split' } | { mode: 'locate'; index: number } | { mode: 'first'; indexes: number[] };
  /** Longest match the scanner must leave room for at a slice edge. */
  readonly maxLength: number;
  /** `maxLength` is the pattern's true bound, not a cap assumed for unbounded repetition. */
  readonly bounded: boolean;
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
  const bounded = maxLength >= bounds.max;
  const minLength = bounds.min;
  const bare = printRegex(ast, true);
  const locate = printRegex(ast, true, true);
  if (rule.group === undefined) return { bare, locate, scan: bare, group: { mode: 'none' }, maxLength, bounded, minLength, ast };

  const groups = captureGroups(ast);
  const find = (ref: number | string): number => {
    const index = typeof ref === 'number' ? ref - 1 : groups.findIndex((g) => g.name === ref);
    const target = groups[index];
    if (target === undefined) {
      throw new Error(
        typeof ref === 'number'
          ? `group ${ref}: the pattern has ${groups.length} capture group${groups.length === 1 ? '' : 's'}`
          : `group '${ref}': no capture group has this name`,
      );
    }
    if (lengthBounds(target.body).min === 0) throw new Error(`group ${typeof ref === 'number' ? ref : `'${ref}'`}: the masked group can match the empty string`);
    return index;
  };
  if (Array.isArray(rule.group)) {
    return { bare, locate, scan: printRegex(ast, false), group: { mode: 'first', indexes: rule.group.map(find) }, maxLength, bounded, minLength, ast };
  }
  const index = find(rule.group);
  const target = groups[index]!;
  const split = splitAtGroup(ast, target);
  if (split !== null) return { bare, locate, scan: split, group: { mode: 'split' }, maxLength, bounded, minLength, ast };
  return { bare, locate, scan: printRegex(ast, false), group: { mode: 'locate', index }, maxLength, bounded, minLength, ast };
}
