/**
 * The one interface both RE2 backends implement. Patterns are RE2 syntax; texts handed to an
 * engine never contain surrogate code units (see `detect/sanitize.ts`), so every offset is a
 * UTF-16 offset on both backends.
 */
export type EngineName = 're2' | 're2-wasm';

/** Characters of context an engine keeps around a bounded search, for `\b`, `^`, `$`. */
export const CONTEXT = 32;

/** Where a match is, in UTF-16 offsets of the whole text. */
export interface Span {
  start: number;
  end: number;
}

/** A match with its capture groups, present only when the matcher was compiled with `captures`. */
export interface EngineMatch extends Span {
  groups?: (string | undefined)[];
}

/** A text made ready for one engine once per scan (node-re2 wants UTF-8 bytes). */
export interface Subject {
  readonly text: string;
}

export interface Matcher {
  /**
   * Leftmost match starting at or after `from`, looking only at the text from `from - CONTEXT` to
   * `until + CONTEXT`: callers pass an `until` far enough for any match they care about to be
   * found whole. Bounding every search keeps the per-span work proportional to the span.
   */
  exec(subject: Subject, from: number, until: number): EngineMatch | null;
  /** The same match, position only: no capture groups, and on node-re2 no result array. */
  find(subject: Subject, from: number, until: number): Span | null;
}

/** Several patterns searched at once: which of them match somewhere in a stretch of text. */
export interface PatternSet {
  /** Indexes of the patterns with a match inside the text from `from - CONTEXT` to `until + CONTEXT`. */
  present(subject: Subject, from: number, until: number): number[];
}

export interface Engine {
  readonly name: EngineName;
  prepare(text: string): Subject;
  /** Compiles once; throws an `Error` carrying RE2's own message for a bad pattern. */
  compile(pattern: string, captures?: boolean): Matcher;
  /** RE2::Set, where the engine has it (node-re2); re2-wasm finds present rules with a tree. */
  compileSet?(patterns: readonly string[]): PatternSet;
  /** How much text one search covers while walking a long string. */
  readonly sliceSize: number;
  /** Most rules one alternation may hold: re2-wasm's DFA cache overflows past ~60 complex ones. */
  readonly maxAlternation: number;
}
