import type { Engine, EngineMatch, Matcher, PatternSet } from './types';

/** The subset of node-re2's API scrubline relies on. */
interface NodeRe2Regex {
  lastIndex: number;
  exec(text: string): (RegExpExecArray & { index: number }) | null;
}
interface NodeRe2Module {
  new (pattern: string, flags?: string): NodeRe2Regex;
  Set: new (patterns: readonly string[], flags?: string) => { match(text: string): number[] };
}

/** Loads the native addon; throws when it is not installed or was not built. */
export function loadNodeRe2(): Engine {
  // A plain require: `re2` is an optional native dependency and must not be bundled or hoisted.
  const RE2 = require('re2') as NodeRe2Module;
  return createNodeRe2Engine(RE2);
}

function createNodeRe2Engine(RE2: NodeRe2Module): Engine {
  return {
    name: 're2',
    sliceSize: 1 << 20,
    compile(pattern: string, captures = false): Matcher {
      const re = new RE2(pattern, 'g');
      return {
        exec(text: string, from: number): EngineMatch | null {
          re.lastIndex = from;
          const m = re.exec(text);
          if (m === null) return null;
          const start = m.index;
          const end = start + m[0].length;
          return captures ? { start, end, groups: Array.from(m).slice(1) } : { start, end };
        },
      };
    },
    compileSet(patterns: readonly string[]): PatternSet {
      // node-re2 rejects an empty set; an empty set simply has nothing present.
      if (patterns.length === 0) return { present: () => [] };
      const set = new RE2.Set(patterns);
      return { present: (text: string) => set.match(text) };
    },
  };
}
