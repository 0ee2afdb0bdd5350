import * as fc from 'fast-check';
import type { Redactor } from '../redactor';

/**
 * How a text is cut into chunks:
 * - `units`: one UTF-16 unit per chunk, so every surrogate pair is split;
 * - `pairs`: a cut after every high surrogate (inside each pair), plus the `cuts`;
 * - `sized`: chunks of `size` units, like a tokenizer's fixed-size pieces;
 * - `cuts`: at the positions `cuts` (taken modulo the text length + 1); repeats make empty chunks.
 */
export interface Chunking {
  readonly mode: 'units' | 'pairs' | 'sized' | 'cuts';
  readonly cuts: readonly number[];
  readonly size: number;
}

/** Every way `chunks` can cut a text, shrinking towards few cuts. */
export function chunking(): fc.Arbitrary<Chunking> {
  return fc.record({
    mode: fc.constantFrom('cuts', 'units', 'pairs', 'sized'),
    cuts: fc.array(fc.nat(), { maxLength: 48 }),
    size: fc.integer({ min: 1, max: 24 }),
  });
}

/** `text` cut as `how` says; the chunks always join back to `text`. */
export function chunks(text: string, how: Chunking): string[] {
  const at: number[] = how.cuts.map((c) => c % (text.length + 1));
  if (how.mode === 'units') for (let i = 1; i < text.length; i++) at.push(i);
  if (how.mode === 'sized') for (let i = how.size; i < text.length; i += how.size) at.push(i);
  if (how.mode === 'pairs') {
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      if (u >= 0xd800 && u <= 0xdbff) at.push(i + 1);
    }
  }
  at.sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const cut of at) {
    out.push(text.slice(from, cut));
    from = cut;
  }
  out.push(text.slice(from));
  return out;
}

/** One text and one way to cut it. */
export interface ChunkedText {
  readonly text: string;
  readonly chunking: Chunking;
}

/**
 * Checks with fast-check that streaming redaction is exact: for every text `texts` produces and
 * every way of cutting it, the concatenated output of `createStream()` equals `redact(text)`, the
 * held-back length never exceeds the stream's `bound`, and `flush()` leaves nothing held. Throws
 * an Error that leads with what went wrong on the shrunk case, then how to replay it.
 */
export function expectChunkingInvariant(
  redactor: Pick<Redactor, 'redact' | 'createStream'>,
  texts: fc.Arbitrary<string>,
  params?: fc.Parameters<[ChunkedText]>,
): void {
  const details = fc.check(
    fc.property(fc.record({ text: texts, chunking: chunking() }), ({ text, chunking: how }) => {
      const verdict = streamedVerdict(redactor, text, chunks(text, how));
      if (verdict !== undefined) throw new Error(verdict);
    }),
    params,
  );
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const replay = `Replay with { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)}, endOnFailure: true }`;
  throw new Error(`expectChunkingInvariant failed: ${details.counterexample === null ? (fc.defaultReportMessage(details) ?? cause) : cause}\n${replay}`);
}

/** Undefined when streaming `pieces` gives exactly `redact(text)` within the bound; else what went wrong. */
function streamedVerdict(redactor: Pick<Redactor, 'redact' | 'createStream'>, text: string, pieces: readonly string[]): string | undefined {
  const expected = redactor.redact(text);
  const stream = redactor.createStream();
  const show = (what: string, streamed: string) =>
    [what, `  text:     ${JSON.stringify(text)}`, `  chunks:   ${JSON.stringify(pieces)}`, `  expected: ${JSON.stringify(expected)}`, `  streamed: ${JSON.stringify(streamed)}`].join('\n');
  let out = '';
  for (const piece of pieces) {
    out += stream.push(piece);
    if (stream.pending > stream.bound) return show(`held back ${stream.pending} units, more than the bound ${stream.bound}`, out);
    if (!expected.startsWith(out)) return show('a pushed piece differs from redact(text)', out);
  }
  out += stream.flush();
  if (stream.pending !== 0) return show(`flush() left ${stream.pending} units held back`, out);
  return out === expected ? undefined : show('the streamed output differs from redact(text)', out);
}
