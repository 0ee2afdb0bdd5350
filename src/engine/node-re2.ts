import type { Engine, EngineMatch, Matcher } from './types';

/** The subset of node-re2's API scrubline relies on. */
interface NodeRe2Regex {
  lastIndex: number;
  exec(text: string): (RegExpExecArray & { index: number }) | null;
}
type NodeRe2Module = new (pattern: string, flags?: string) => NodeRe2Regex;

/** Loads the native addon; throws when it is not installed or was not built. */
export function loadNodeRe2(): Engine {
  // A plain require: `re2` is an optional native dependency and must not be bundled or hoisted.
  const RE2 = require('re2') as NodeRe2Module;
  return {
    name: 're2',
    sliceSize: 1 << 20,
    maxAlternation: Infinity,
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
  };
}
