import type { Engine, Matcher, PatternSet } from '../engine/types';
import type { CompiledRule } from './policy';

/** A node of a chunk's rule tree: the (relaxed) alternation of the rules below it. */
export interface TreeNode {
  readonly matcher: Matcher;
  /** Longest match any rule below can make: how far past a candidate start its slices reach. */
  readonly maxLength: number;
  /** Index of the rule in its chunk for a leaf, -1 otherwise. */
  readonly leaf: number;
  readonly children: readonly TreeNode[];
}

/**
 * How a span's present rules are found: RE2::Set where the engine has one (one call on a small
 * slice), else a binary tree of alternations searched from the root, a subtree only where its
 * alternation matches (about 2 log2(rules) searches on tiny slices for one rule present). A
 * capture exec naming the rule that made the span was measured at ~300 us on re2-wasm, whose
 * submatch search runs the NFA over the whole alternation.
 */
export type Presence = { readonly kind: 'set'; readonly set: PatternSet } | { readonly kind: 'tree'; readonly root: TreeNode };

/**
 * Ungated regex rules, at most `engine.maxAlternation` of them, behind one combined pattern.
 * Chunks are independent: a rule only ever interacts with rules of its own chunk until overlap
 * resolution.
 */
export interface RuleChunk {
  readonly rules: readonly CompiledRule[];
  /**
   * Capture-free alternation of all rules, relaxed: the one pass over clean text. Every position
   * where some rule matches starts inside one of its matches; the rules then run there exactly.
   */
  readonly combined: Matcher;
  readonly presence: Presence;
  /** Longest match any rule of the chunk can make. */
  readonly overlap: number;
}

const alternation = (patterns: readonly string[]) => patterns.map((p) => `(?:${p})`).join('|');

export function buildChunks(rules: readonly CompiledRule[], engine: Engine): RuleChunk[] {
  const chunks: RuleChunk[] = [];
  for (let i = 0; i < rules.length; i += engine.maxAlternation) chunks.push(buildChunk(rules.slice(i, i + engine.maxAlternation), engine));
  return chunks;
}

function buildChunk(rules: readonly CompiledRule[], engine: Engine): RuleChunk {
  const locate = rules.map((r) => r.regex!.plan.locate);
  const overlap = Math.max(...rules.map((r) => r.regex!.plan.maxLength));
  const combined = engine.compile(alternation(locate));
  if (engine.compileSet !== undefined) return { rules, combined, presence: { kind: 'set', set: engine.compileSet(locate) }, overlap };

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
    const matcher = lo === 0 && hi === rules.length ? combined : engine.compile(alternation(locate.slice(lo, hi)));
    return { matcher, maxLength: Math.max(left.maxLength, right.maxLength), leaf: -1, children: [left, right] };
  };
  return { rules, combined, presence: { kind: 'tree', root: build(0, rules.length) }, overlap };
}
