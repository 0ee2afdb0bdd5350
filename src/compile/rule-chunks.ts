import type { Engine, Matcher } from '../engine/types';
import type { CompiledRule } from './policy';

/** A node of a chunk's rule tree: the alternation of the rules below it. */
export interface TreeNode {
  readonly matcher: Matcher;
  /** Longest match any rule below can make: how far past a candidate start its slices reach. */
  readonly maxLength: number;
  /** Index of the rule in its chunk for a leaf, -1 otherwise. */
  readonly leaf: number;
  readonly children: readonly TreeNode[];
}

/**
 * Ungated regex rules, at most `engine.maxAlternation` of them, behind one combined pattern.
 * Chunks are independent: a rule only ever interacts with rules of its own chunk until overlap
 * resolution.
 */
export interface RuleChunk {
  readonly rules: readonly CompiledRule[];
  /** Capture-free alternation of all rules: the one pass over clean text. */
  readonly combined: Matcher;
  /** The same alternation with one capture group per rule: names the rule that matched first. */
  readonly identify: Matcher | undefined;
  readonly root: TreeNode;
  /** Per rule: the sibling subtrees along its path from the root, i.e. every other rule, grouped. */
  readonly siblings: readonly (readonly TreeNode[])[];
  readonly overlap: number;
}

const alternation = (patterns: readonly string[]) => patterns.map((p) => `(?:${p})`).join('|');

export function buildChunks(rules: readonly CompiledRule[], engine: Engine): RuleChunk[] {
  const chunks: RuleChunk[] = [];
  for (let i = 0; i < rules.length; i += engine.maxAlternation) chunks.push(buildChunk(rules.slice(i, i + engine.maxAlternation), engine));
  return chunks;
}

function buildChunk(rules: readonly CompiledRule[], engine: Engine): RuleChunk {
  const bare = rules.map((r) => r.regex!.plan.bare);
  const siblings: TreeNode[][] = rules.map(() => []);

  const build = (lo: number, hi: number): TreeNode => {
    if (hi - lo === 1) {
      const r = rules[lo]!.regex!;
      // A rule without a masked group scans with its bare pattern: share it (wasm heap is 16 MiB).
      const matcher = r.plan.group.mode === 'none' ? r.matcher : engine.compile(r.plan.bare);
      return { matcher, maxLength: r.plan.maxLength, leaf: lo, children: [] };
    }
    const mid = lo + Math.ceil((hi - lo) / 2);
    const left = build(lo, mid);
    const right = build(mid, hi);
    for (let i = lo; i < mid; i++) siblings[i]!.push(right);
    for (let i = mid; i < hi; i++) siblings[i]!.push(left);
    return { matcher: engine.compile(alternation(bare.slice(lo, hi))), maxLength: Math.max(left.maxLength, right.maxLength), leaf: -1, children: [left, right] };
  };

  const root = build(0, rules.length);
  return {
    rules,
    combined: root.matcher,
    identify: rules.length > 1 ? engine.compile(bare.map((p) => `(${p})`).join('|'), true) : undefined,
    root,
    siblings,
    overlap: root.maxLength,
  };
}
