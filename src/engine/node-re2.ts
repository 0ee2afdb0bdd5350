import { CONTEXT, type Engine, type EngineMatch, type Matcher, type PatternSet, type Span, type Subject } from './types';

/** The subset of node-re2's API scrubline relies on. */
interface NodeRe2Regex {
  lastIndex: number;
  exec(input: Buffer): (Buffer[] & { index: number }) | null;
  test(input: Buffer): boolean;
  search(input: Buffer): number;
}
interface NodeRe2Module {
  new (pattern: string, flags?: string): NodeRe2Regex;
  Set: new (patterns: readonly string[]) => { match(input: Buffer): number[] };
}

/**
 * The text as UTF-8 bytes. node-re2 converts every new JavaScript string into a fresh Buffer with
 * persistent handles (measured ~10x the cost of the search itself on 100-character slices); a
 * Buffer, and a subarray of it, is searched in place.
 */
interface Utf8Subject extends Subject {
  readonly bytes: Buffer;
  /** UTF-16 offset → byte offset and back; absent when the text is ASCII and they coincide. */
  readonly toByte: Int32Array | undefined;
  readonly toUnit: Int32Array | undefined;
}

function prepare(text: string): Utf8Subject {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length === text.length) return { text, bytes, toByte: undefined, toUnit: undefined };
  // Sanitized text has no surrogates: every character is 1 to 3 bytes.
  const toByte = new Int32Array(text.length + 1);
  const toUnit = new Int32Array(bytes.length + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    toByte[i] = b;
    toUnit[b] = i;
    const c = text.charCodeAt(i);
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  toByte[text.length] = b;
  toUnit[b] = text.length;
  return { text, bytes, toByte, toUnit };
}

/** The bytes a bounded search reads: `before` characters ahead of `from`, CONTEXT past `until`. */
function window(s: Utf8Subject, from: number, until: number, before: number): { view: Buffer; base: number; at: number } {
  const lo = Math.max(0, from - before);
  const hi = Math.min(s.text.length, until + CONTEXT);
  const base = s.toByte === undefined ? lo : s.toByte[lo]!;
  const end = s.toByte === undefined ? hi : s.toByte[hi]!;
  const at = (s.toByte === undefined ? from : s.toByte[from]!) - base;
  return { view: base === 0 && end === s.bytes.length ? s.bytes : s.bytes.subarray(base, end), base, at };
}

const unit = (s: Utf8Subject, byte: number): number => (s.toUnit === undefined ? byte : s.toUnit[byte]!);

/** Loads the native addon; throws when it is not installed or was not built. */
export function loadNodeRe2(): Engine {
  // A plain require: `re2` is an optional native dependency and must not be bundled or hoisted.
  const RE2 = require('re2') as NodeRe2Module;
  return {
    name: 're2',
    sliceSize: 1 << 20,
    maxAlternation: Infinity,
    prepare,
    compile(pattern: string, captures = false): Matcher {
      const re = new RE2(pattern, 'g');
      // Created on the first `find` that matches: most patterns never need it.
      let ender: NodeRe2Regex | undefined;
      const exec = (subject: Subject, from: number, until: number): EngineMatch | null => {
        const s = subject as Utf8Subject;
        const { view, base, at } = window(s, from, until, CONTEXT);
        re.lastIndex = at;
        const m = re.exec(view);
        if (m === null) return null;
        const start = unit(s, base + m.index);
        const end = unit(s, base + m.index + m[0]!.length);
        if (!captures) return { start, end };
        return { start, end, groups: m.slice(1).map((g) => (g === undefined ? undefined : g.toString('utf8'))) };
      };
      /**
       * `exec` builds a result array and copies every group into a new Buffer: ~2 us a match.
       * `search` (where the leftmost match starts) and `test` (where it ends) return numbers,
       * ~0.4 us together. `search` ignores lastIndex, so it is given one character before `from`
       * (all RE2's assertions need) and a match starting on that character falls back to `exec`.
       * The end comes from a second, sticky object: searches and tests alternating on one object
       * made its searches ~4x slower (measured on the combined pattern).
       */
      const find = (subject: Subject, from: number, until: number): Span | null => {
        const s = subject as Utf8Subject;
        const { view, base, at } = window(s, from, until, 1);
        const start = re.search(view);
        if (start < 0) return null;
        if (start < at) return exec(subject, from, until);
        ender ??= new RE2(pattern, 'y');
        ender.lastIndex = start;
        ender.test(view);
        return { start: unit(s, base + start), end: unit(s, base + ender.lastIndex) };
      };
      return { exec, find };
    },
    compileSet(patterns: readonly string[]): PatternSet {
      const set = new RE2.Set(patterns);
      const all = patterns.map((_, i) => i);
      return {
        present(subject: Subject, from: number, until: number): number[] {
          const { view } = window(subject as Utf8Subject, from, until, CONTEXT);
          try {
            return set.match(view);
          } catch {
            // RE2::Set reports a DFA out of memory instead of falling back: say every pattern
            // may be present, which costs time but never a finding.
            return all;
          }
        },
      };
    },
  };
}
