import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createRedactor } from '../../src/index';
import { chunking, chunks } from '../../src/testing/chunking';
import { ENGINES } from '../support/engines';
import { SIMPLE_RULES } from '../support/simple-rules';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((r) => setImmediate(r));
    yield item;
  }
}

describe.each(ENGINES)('redactIterable on %s', (engine) => {
  // Stream mechanics, so a fixed rule set: the packs' exactness is tested in stream.test.ts.
  const redactor = createRedactor({ engine, packs: [], rules: [SIMPLE_RULES] });

  test('strings: the joined output equals redact() of the joined input, for any chunking', async () => {
    const values = ['+1 415 555 0132', 'jane.doe@example.com', '4111 1111 1111 1111', 'AKIAIOSFODNN7EXAMPLE', 'hello', ' ', '\n', '😀', '55'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...values), { maxLength: 12 }).map((p) => p.join('')), chunking(), async (text, how) => {
        const out = await collect(redactor.redactIterable(slowly(chunks(text, how))));
        expect(out.join('')).toBe(redactor.redact(text));
        expect(out).not.toContain('');
      }),
      { numRuns: 60 },
    );
  });

  test('a sync iterable works too, and the held-back tail comes last', async () => {
    const out = await collect(redactor.redactIterable(['call me at +1 415', ' 555 0132']));
    expect(out).toEqual(['call me at ', '[PHONE]']);
  });

  test('breaking out of the loop closes the source', async () => {
    let closed = false;
    async function* source() {
      try {
        yield 'first line\n';
        yield 'second line\n';
        yield 'never read';
      } finally {
        closed = true;
      }
    }
    for await (const piece of redactor.redactIterable(source())) {
      expect(piece).toBe('first line\n');
      break;
    }
    expect(closed).toBe(true);
  });

  test('an error in the source reaches the consumer; nothing held back is released', async () => {
    async function* source() {
      yield 'my number is +1 415 555';
      throw new TypeError('terminated');
    }
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const piece of redactor.redactIterable(source())) seen.push(piece);
      })(),
    ).rejects.toThrow('terminated');
    expect(seen.join('')).toBe('my number is ');
  });

  test('objects of no known SDK shape: every string in them is redacted on its own', async () => {
    const [out] = await collect(redactor.redactIterable([{ note: 'mail jane.doe@example.com', id: 'jane.doe@example.com', n: 3, list: ['555-22-8726 ok'] }]));
    expect(out).toEqual({ note: 'mail [EMAIL]', id: 'jane.doe@example.com', n: 3, list: ['[US_SSN] ok'] });
  });
});
