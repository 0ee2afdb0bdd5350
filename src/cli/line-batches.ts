import type { Readable } from 'node:stream';
import { fsReason, UserError } from './errors';

/** One input: a file or stdin, opened only when its turn comes. */
export interface Input {
  /** As shown in messages: the path given, or `<stdin>`. */
  readonly name: string;
  open(): Readable;
}

/** Complete lines to redact, or the place of a line too long to hold, in input order. */
export type Batch =
  | { readonly kind: 'lines'; readonly input: number; readonly bytes: Uint8Array }
  | { readonly kind: 'too-long'; readonly input: number; readonly size: number; readonly ending: Uint8Array };

const LF = 10;
const CR = 13;
const NEWLINE = new Uint8Array([LF]);
const CRLF = new Uint8Array([CR, LF]);
const NOTHING = new Uint8Array(0);

/**
 * Cuts the inputs into batches of whole lines with constant memory: at most one read chunk plus
 * one partial line is held. A partial line that grows past `maxLine` bytes is dropped as it
 * arrives and reported as `too-long`, so one endless line cannot exhaust memory. Each input's last
 * line counts as a line; when more input follows and it lacks a newline, one is added (as awk
 * does), so lines of two files never run together. Batches may be views into the read chunks.
 */
export async function* lineBatches(inputs: readonly Input[], maxLine: number): AsyncGenerator<Batch> {
  for (const [index, input] of inputs.entries()) {
    const more = index < inputs.length - 1;
    const tooLong = (size: number, cr: boolean): Batch => ({ kind: 'too-long', input: index, size, ending: cr ? CRLF : NEWLINE });
    let partial: Uint8Array[] = [];
    let partialSize = 0;
    let dropping = false;
    let dropped = 0;
    let droppedLast = -1;
    for await (const chunk of readable(input)) {
      if (chunk.length === 0) continue;
      let pos = 0;
      if (dropping) {
        const nl = chunk.indexOf(LF);
        if (nl < 0) {
          dropped += chunk.length;
          droppedLast = chunk[chunk.length - 1]!;
          continue;
        }
        const cr = (nl > 0 ? chunk[nl - 1] : droppedLast) === CR;
        yield tooLong(dropped + nl - (cr ? 1 : 0), cr);
        dropping = false;
        pos = nl + 1;
      }
      const lastNl = chunk.lastIndexOf(LF);
      if (lastNl < pos) {
        if (pos < chunk.length) partial.push(chunk.subarray(pos));
        partialSize += chunk.length - pos;
        // One byte of slack: it may be the CR of a CRLF, which is not part of the line.
        if (partialSize > maxLine + 1) {
          dropping = true;
          dropped = partialSize;
          droppedLast = chunk[chunk.length - 1]!;
          partial = [];
          partialSize = 0;
        }
        continue;
      }
      if (partialSize > 0) {
        // The line begun in earlier chunks ends here. A partial line is only held when nothing
        // is being dropped, so pos is 0. It is joined alone: the rest of the chunk needs no copy.
        const firstNl = chunk.indexOf(LF);
        const cr = (firstNl > 0 ? chunk[firstNl - 1] : lastByte(partial)) === CR;
        const size = partialSize + firstNl - (cr ? 1 : 0);
        yield size > maxLine ? tooLong(size, cr) : { kind: 'lines', input: index, bytes: join(partial, partialSize, chunk.subarray(0, firstNl + 1)) };
        pos = firstNl + 1;
      }
      if (pos <= lastNl) yield { kind: 'lines', input: index, bytes: chunk.subarray(pos, lastNl + 1) };
      partial = lastNl + 1 < chunk.length ? [chunk.subarray(lastNl + 1)] : [];
      partialSize = chunk.length - lastNl - 1;
    }
    if (dropping) {
      // Like any last line: a CR is content unless the newline added before the next input follows it.
      const cr = more && droppedLast === CR;
      yield { kind: 'too-long', input: index, size: dropped - (cr ? 1 : 0), ending: more ? (cr ? CRLF : NEWLINE) : NOTHING };
    }
    else if (partialSize > 0) yield { kind: 'lines', input: index, bytes: join(partial, partialSize, more ? NEWLINE : NOTHING) };
  }
}

/** The input's chunks; a read error names the input, as the user wrote it. */
async function* readable(input: Input): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of input.open() as AsyncIterable<Buffer>) yield chunk;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === undefined) throw err;
    throw new UserError(`cannot read ${input.name}: ${fsReason(err)}`);
  }
}

function lastByte(pieces: readonly Uint8Array[]): number {
  const p = pieces[pieces.length - 1];
  return p === undefined || p.length === 0 ? -1 : p[p.length - 1]!;
}

/** Copies the pieces into one buffer. */
function join(pieces: readonly Uint8Array[], size: number, tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(size + tail.length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  out.set(tail, at);
  return out;
}
