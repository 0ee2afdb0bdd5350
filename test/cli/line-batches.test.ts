import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lineBatches, type Batch, type Input } from '../../src/cli/line-batches';

/** An input that yields exactly these chunks. */
function chunked(name: string, chunks: readonly Uint8Array[]): Input {
  return { name, open: () => Readable.from(chunks.map((c) => Buffer.from(c))) };
}

/** Cuts bytes at the given fractions. */
function cut(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let at = 0;
  for (const p of points) {
    out.push(bytes.subarray(at, p));
    at = p;
  }
  out.push(bytes.subarray(at));
  return out;
}

/** A line as the redactor will see it: the line, or a marker when its content is longer than maxLine. */
function judged(line: string, maxLine: number): string {
  const ending = line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
  const content = line.length - ending.length;
  return content > maxLine ? `<too-long ${content}>${ending}` : line;
}

/** Every line of `text`, each with its newline. */
function linesOf(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', at)) {
    out.push(text.slice(at, nl + 1));
    at = nl + 1;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/**
 * What the batches must add up to, computed the simple way from the whole inputs: their lines in
 * order, a newline added after an input's unterminated last line when another input follows.
 */
function reference(inputs: readonly Uint8Array[], maxLine: number): string[] {
  return inputs.flatMap((bytes, i) => {
    let text = Buffer.from(bytes).toString('latin1');
    if (i < inputs.length - 1 && text !== '' && !text.endsWith('\n')) text += '\n';
    return linesOf(text).map((l) => judged(l, maxLine));
  });
}

/** The batches as lines (too-long ones marked): lines longer than maxLine inside one read are the batch redactor's to withhold. */
async function collect(inputs: Input[], maxLine: number): Promise<string[]> {
  const out: string[] = [];
  for await (const b of lineBatches(inputs, maxLine)) {
    if (b.kind === 'too-long') out.push(`<too-long ${b.size}>${Buffer.from(b.ending).toString('latin1')}`);
    else out.push(...linesOf(Buffer.from(b.bytes).toString('latin1')).map((l) => judged(l, maxLine)));
  }
  return out;
}

/** Bytes that make lines interesting: LF, CR, a two-byte UTF-8 character, letters. */
const someInput = fc.array(fc.constantFrom(0x61, 0x62, 0x0a, 0x0d, 0x20, 0xc3, 0xa9), { maxLength: 300 }).map((a) => Uint8Array.from(a));
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 });

describe('lineBatches', () => {
  test('any chunking of any inputs gives the lines of the whole inputs, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(someInput, cuts), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 40 }), async (inputs, maxLine) => {
        const got = await collect(
          inputs.map(([bytes, at], i) => chunked(`in${i}`, cut(bytes, at))),
          maxLine,
        );
        expect(got).toEqual(
          reference(
            inputs.map(([bytes]) => bytes),
            maxLine,
          ),
        );
      }),
      { numRuns: 400 },
    );
  });

  test('a line longer than maxLine across chunks is reported once, with its size and ending', async () => {
    const chunks = ['ok\nxxxx', 'xxxx', 'xx\r', '\nafter\n'].map((s) => Buffer.from(s));
    const batches: Batch[] = [];
    for await (const b of lineBatches([chunked('a', chunks)], 5)) batches.push(b);
    expect(batches.map((b) => (b.kind === 'lines' ? Buffer.from(b.bytes).toString() : `too-long ${b.size} ${JSON.stringify(Buffer.from(b.ending).toString())}`))).toEqual([
      'ok\n',
      'too-long 10 "\\r\\n"',
      'after\n',
    ]);
  });

  test('a read error names the input', async () => {
    const failing: Input = {
      name: 'app.log',
      open: () =>
        new Readable({
          read() {
            this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
          },
        }),
    };
    await expect(collect([failing], 10)).rejects.toThrow('cannot read app.log: cannot access (EIO)');
  });
});
