import { CONTEXT, type Engine, type EngineMatch, type Matcher, type Subject } from './types';

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
 * arrays we do not need. A fresh instance matters because a wasm failure is an abort() that can
 * leave the module unusable; the redactor recovers by building a new engine.
 */
export function loadRe2Wasm(): Engine {
  const path = require.resolve(MODULE_PATH);
  delete require.cache[path];
  const mod = require(path) as WasmModule;
  return {
    name: 're2-wasm',
    // Each call copies its whole input into wasm memory: keep slices small (defect 3 in DESIGN.md).
    sliceSize: 2048,
    maxAlternation: 48,
    prepare: (text) => ({ text }),
    compile(pattern: string, captures = false): Matcher {
      const re = new mod.WrappedRE2(pattern, false, false, false);
      if (!re.ok()) throw new Error(re.error());
      const search = (text: string, from: number, until: number, groups: boolean): EngineMatch | null => {
        const lo = Math.max(0, from - CONTEXT);
        const hi = Math.min(text.length, until + CONTEXT);
        const m = re.match(lo === 0 && hi === text.length ? text : text.slice(lo, hi), from - lo, groups);
        if (m.index < 0) return null;
        const start = lo + m.index;
        const end = start + m.match.length;
        return groups ? { start, end, groups: m.groups } : { start, end };
      };
      return {
        exec: ({ text }: Subject, from: number, until: number) => search(text, from, until, captures),
        find: ({ text }: Subject, from: number, until: number) => search(text, from, until, false),
      };
    },
  };
}
