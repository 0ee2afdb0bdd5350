/**
 * The one interface both RE2 backends implement. Patterns are RE2 syntax; texts handed to an
 * engine never contain surrogate code units (see `detect/sanitize.ts`), so every offset is a
 * UTF-16 offset on both backends.
 */
export type EngineName = 're2' | 're2-wasm';

/** A match found by an engine, in offsets of the text that was searched. */
export interface EngineMatch {
  start: number;
  end: number;
  /** Capture groups, present only when the matcher was compiled with `captures`. */
  groups?: (string | undefined)[];
}

export interface Matcher {
  /** Leftmost match starting at or after `from` (text before `from` is context for `\b`). */
  exec(text: string, from: number): EngineMatch | null;
}

export interface Engine {
  readonly name: EngineName;
  /** Compiles once; throws an `Error` carrying RE2's own message for a bad pattern. */
  compile(pattern: string, captures?: boolean): Matcher;
  /**
   * Text handed to one `exec` while walking a long string. re2-wasm copies its whole input into
   * wasm memory on every call, so it walks small slices; node-re2 caches the conversion.
   */
  readonly sliceSize: number;
  /** Most rules one alternation may hold: re2-wasm's DFA cache overflows past ~60 complex ones. */
  readonly maxAlternation: number;
}
