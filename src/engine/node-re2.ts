import { CONTEXT, type Engine, type EngineMatch, type Matcher, type Subject } from './types';

/** The subset of node-re2's API scrubline relies on. */
interface NodeRe2Regex {
  lastIndex: number;
  exec(input: Buffer): (Buffer[] & { index: number }) | null;
}
type NodeRe2Module = new (pattern: string, flags?: string) => NodeRe2Regex;

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
      return {
        exec(subject: Subject, from: number, until: number): EngineMatch | null {
          const { text, bytes, toByte, toUnit } = subject as Utf8Subject;
          const lo = Math.max(0, from - CONTEXT);
          const hi = Math.min(text.length, until + CONTEXT);
          const bLo = toByte === undefined ? lo : toByte[lo]!;
          const bHi = toByte === undefined ? hi : toByte[hi]!;
          const view = bLo === 0 && bHi === bytes.length ? bytes : bytes.subarray(bLo, bHi);
          re.lastIndex = (toByte === undefined ? from : toByte[from]!) - bLo;
          const m = re.exec(view);
          if (m === null) return null;
          const bStart = bLo + m.index;
          const bEnd = bStart + m[0]!.length;
          const start = toUnit === undefined ? bStart : toUnit[bStart]!;
          const end = toUnit === undefined ? bEnd : toUnit[bEnd]!;
          if (!captures) return { start, end };
          return { start, end, groups: m.slice(1).map((g) => (g === undefined ? undefined : g.toString('utf8'))) };
        },
      };
    },
  };
}
