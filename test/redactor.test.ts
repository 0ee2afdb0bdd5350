import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createRedactor, REDACTION_FAILED, type Redactor } from '../src/index';
import { ENGINES } from './support/engines';
import { document, filler, planted, TYPES } from './support/values';
import { abortingWasmRedactor } from './support/wasm-abort';

const redactors = new Map<string, Redactor>();
function redactorFor(engine: (typeof ENGINES)[number], mask?: 'label' | 'mask' | 'remove'): Redactor {
  const key = `${engine}:${mask ?? 'label'}`;
  if (!redactors.has(key)) redactors.set(key, createRedactor({ engine, ...(mask === undefined ? {} : { mask }) }));
  return redactors.get(key)!;
}

describe.each(ENGINES)('engine %s', (engine) => {
  const r = () => redactorFor(engine);

  test('reports the engine in use', () => {
    expect(r().engine).toBe(engine);
  });

  test.each(TYPES)('a planted %s never survives redact, and scan slices exactly the value', (type) => {
    fc.assert(
      fc.property(filler, planted[type]!, filler, (before, value, after) => {
        const text = `${before} ${value} ${after}`;
        const out = r().redact(text);
        expect(out).not.toContain(value);
        expect(out).toBe(`${before} [${type}] ${after}`);
        const findings = r().scan(text);
        expect(findings.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([[type, value]]);
      }),
      { numRuns: 60 },
    );
  });

  test('many values in one text: every one found at its exact offsets', () => {
    fc.assert(
      fc.property(document, ({ text, values }) => {
        expect(r().scan(text).map((f) => ({ type: f.type, start: f.start, end: f.end }))).toEqual(values.map(({ type, start, end }) => ({ type, start, end })));
      }),
      { numRuns: 150 },
    );
  });

  test('text without a match comes back as the same string', () => {
    fc.assert(
      fc.property(filler, (text) => {
        expect(r().redact(text)).toBe(text);
        expect(r().scan(text)).toEqual([]);
      }),
    );
  });

  test.each(['label', 'mask', 'remove'] as const)('redact is idempotent with the %s mask', (mask) => {
    const red = redactorFor(engine, mask);
    fc.assert(
      fc.property(document, ({ text }) => {
        const once = red.redact(text);
        expect(red.redact(once)).toBe(once);
      }),
      { numRuns: 100 },
    );
  });

  test('astral characters and lone surrogates before a match keep offsets exact', () => {
    const text = '😀👍🏽\uD800 x\uDFFF jane@example.com \uD83D';
    const [f] = r().scan(text);
    expect(text.slice(f!.start, f!.end)).toBe('jane@example.com');
    expect(r().redact(text)).toBe('😀👍🏽\uD800 x\uDFFF [EMAIL] \uD83D');
  });

  test('NUL and control characters are just characters', () => {
    expect(r().redact('\u0000jane@example.com\u0000\u0007')).toBe('\u0000[EMAIL]\u0000\u0007');
  });

  test('a candidate that fails its validator does not hide a valid value starting inside it', () => {
    // The card rule's first candidate is `1234 4111 1111 1111` (fails Luhn); the real card starts
    // inside it and ends after it.
    const card = createRedactor({ engine, packs: [], rules: [{ rules: [{ id: 'card', type: 'CARD', regex: '\\b(?:\\d[ -]?){12,18}\\d\\b', validate: ['luhn'] }] }] });
    const text = 'ref 1234 4111 1111 1111 1111 end';
    expect(card.redact(text)).toBe('ref 1234 [CARD] end');
    expect(card.explain(text).rejected.map((x) => [x.rule, text.slice(x.start, x.end), x.reason])).toEqual([['card', '1234 4111 1111 1111', 'luhn failed']]);
  });

  test('an allow-listed value protects its whole span from its own rule', () => {
    const allow = createRedactor({ engine, rules: [{ allow: ['noreply@example.com'] }] });
    expect(allow.redact('from NoReply@Example.com to jane@example.com')).toBe('from NoReply@Example.com to [EMAIL]');
  });

  test('a 128 KB base64 blob and a 10 MB string are scanned, values inside found exactly', () => {
    const blob = Buffer.alloc(96 * 1024, 7).toString('base64');
    const text = `${blob} jane@example.com ${blob}`;
    expect(r().redact(text)).toBe(`${blob} [EMAIL] ${blob}`);
    const big = `${'lorem ipsum '.repeat(900_000)}key AKIAIOSFODNN7EXAMPLE end`;
    expect(big.length).toBeGreaterThan(10_000_000);
    const findings = r().scan(big);
    expect(findings.map((f) => big.slice(f.start, f.end))).toEqual(['AKIAIOSFODNN7EXAMPLE']);
  });

  test('values straddling every slice edge of a long text are each found once, exactly', () => {
    // Both engines scan long texts in overlapping slices; plant values across many edges.
    const value = 'jane.doe@example.com';
    let text = '';
    const starts: number[] = [];
    for (let i = 0; i < 400; i++) {
      text += 'x '.repeat(487 + (i % 13)) + ' ';
      starts.push(text.length);
      text += `${value} `;
    }
    const found = r().scan(text);
    expect(found.map((f) => f.start)).toEqual(starts);
    expect(found.every((f) => f.end - f.start === value.length)).toBe(true);
  });
});

describe('both engines agree', () => {
  test('on random documents with noise', () => {
    const [a, b] = ENGINES.map((e) => redactorFor(e));
    const noisy = fc.tuple(document, fc.string({ unit: fc.constantFrom(...'0123456789 -.@abcAKIAghp_😀'), maxLength: 80 })).map(([d, n]) => d.text + n + d.text);
    fc.assert(
      fc.property(noisy, (text) => {
        expect(b!.scan(text)).toEqual(a!.scan(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('fail closed', () => {
  test('a wasm abort withholds the value, is reported once, and the engine is rebuilt', () => {
    const errors: Error[] = [];
    const r = abortingWasmRedactor((e) => errors.push(e));
    const secret = `${'a'.repeat(9_000_000)}@example.com`;
    expect(r.redact(secret)).toBe(REDACTION_FAILED);
    expect(r.redact(secret)).toBe(REDACTION_FAILED);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^scrubline: redaction failed, value withheld: /);
    expect(errors[0]!.message).not.toContain('aaaa');
    expect(r.redact('mail jane@example.com')).toBe('mail [AT]');
  });
});
