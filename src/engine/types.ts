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

/** Which of several patterns occur anywhere in a text. */
export interface PatternSet {
  present(text: string): number[];
}

export interface Engine {
  readonly name: EngineName;
  /** Compiles once; throws an `Error` carrying RE2's own message for a bad pattern. */
  compile(pattern: string, captures?: boolean): Matcher;
  compileSet(patterns: readonly string[]): PatternSet;
  /**
   * Largest slice handed to one `exec` call. re2-wasm copies its whole input into wasm memory on
   * every call, so it scans small slices; node-re2 caches the conversion and can take big ones.
   */
  readonly sliceSize: number;
}
