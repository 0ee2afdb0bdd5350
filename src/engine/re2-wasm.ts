import type { Engine, EngineMatch, Matcher, PatternSet } from './types';

interface WrappedRE2 {
  ok(): boolean;
  error(): string;
  match(input: string, start: number, getCapturingGroups: boolean): { match: string; index: number; groups: (string | undefined)[] };
}
interface WasmModule {
  WrappedRE2: new (pattern: string, ignoreCase: boolean, multiline: boolean, dotAll: boolean) => WrappedRE2;
}

const MODULE_PATH = 're2-wasm/build/wasm/re2.js';

/**
 * Loads a fresh instance of the re2-wasm module. We talk to its WrappedRE2 directly: the package's
 * RE2 class re-translates JavaScript syntax into RE2 syntax (our rules already are RE2) and builds
 * arrays we do not need. A fresh instance matters because every wasm failure is an abort() that
 * leaves the module unusable; the redactor recovers by building a new engine.
 */
export function loadRe2Wasm(): Engine {
  const path = require.resolve(MODULE_PATH);
  delete require.cache[path];
  const mod = require(path) as WasmModule;
  return createWasmEngine(mod);
}

/** Largest pattern group one combined test handles: past ~60 complex regexes its DFA cache overflows. */
const SET_CHUNK = 16;

function createWasmEngine(mod: WasmModule): Engine {
  function build(pattern: string): WrappedRE2 {
    const re = new mod.WrappedRE2(pattern, false, false, false);
    if (!re.ok()) throw new Error(re.error());
    return re;
  }

  return {
    name: 're2-wasm',
    // Each call copies its whole input into wasm memory: keep slices small (defect 3 in DESIGN.md).
    sliceSize: 2048,
    compile(pattern: string, captures = false): Matcher {
      const re = build(pattern);
      return {
        exec(text: string, from: number): EngineMatch | null {
          const m = re.match(text, from, captures);
          if (m.index < 0) return null;
          const end = m.index + m.match.length;
          return captures ? { start: m.index, end, groups: m.groups } : { start: m.index, end };
        },
      };
    },
    compileSet(patterns: readonly string[]): PatternSet {
      const tree = buildTree(patterns.map((p, index) => ({ p, index })), build);
      return {
        present(text: string): number[] {
          const out: number[] = [];
          for (const root of tree) collect(root, text, out);
          return out.sort((a, b) => a - b);
        },
      };
    },
  };
}

/** re2-wasm has no RE2::Set: a tree of alternations finds the present patterns by group testing. */
interface SetNode {
  re: WrappedRE2;
  index: number; // the pattern's index for a leaf, -1 otherwise
  children: SetNode[];
}

function buildTree(items: { p: string; index: number }[], build: (p: string) => WrappedRE2): SetNode[] {
  const roots: SetNode[] = [];
  for (let i = 0; i < items.length; i += SET_CHUNK) roots.push(node(items.slice(i, i + SET_CHUNK)));
  return roots;

  function node(group: { p: string; index: number }[]): SetNode {
    if (group.length === 1) return { re: build(group[0]!.p), index: group[0]!.index, children: [] };
    const half = Math.ceil(group.length / 2);
    return {
      re: build(group.map((g) => `(?:${g.p})`).join('|')),
      index: -1,
      children: [node(group.slice(0, half)), node(group.slice(half))],
    };
  }
}

function collect(node: SetNode, text: string, out: number[]): void {
  if (node.re.match(text, 0, false).index < 0) return;
  if (node.index >= 0) out.push(node.index);
  for (const child of node.children) collect(child, text, out);
}
