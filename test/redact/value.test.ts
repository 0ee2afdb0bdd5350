import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { createRedactor, REDACTION_FAILED, type Redactor } from '../../src/index';
import { CLEAN_UNITS, PII, show, writeRules } from './fixture';
import { abortingWasmRedactor } from '../support/wasm-abort';

const rulesFile = writeRules();
const redactors = new Map<string, Redactor>();
/** One redactor per engine for the whole file: building a re2-wasm engine takes a second or two. */
function redactorFor(engine: 're2' | 're2-wasm'): Redactor {
  let r = redactors.get(engine);
  if (r === undefined) {
    r = createRedactor({ engine, packs: [], rules: [rulesFile] });
    redactors.set(engine, r);
  }
  return r;
}

class Ticket {
  constructor(
    public title: string,
    public owner: unknown,
  ) {}
}

const clean = fc.string({ unit: fc.constantFrom(...CLEAN_UNITS), maxLength: 12 });
const email = fc
  .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom('com', 'org', 'io', 'co.uk'))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
const planted = fc.tuple(clean, fc.oneof(email, fc.constantFrom(...PII)), clean).map(([a, p, b]) => `${a} ${p} ${b}`);
const EMAIL_IN_TEXT = /[a-z]+@[a-z]+\.(?:co\.uk|com|org|io)/g;

/** The planted values a shown value contains: generated emails and the fixed PII. */
function plantedIn(shown: string): string[] {
  return [...(shown.match(EMAIL_IN_TEXT) ?? []), ...PII.filter((p) => shown.includes(p))];
}

/** JSON-like records, errors, Maps, Sets, class instances and JSON in strings, with `text` at every leaf and key. */
function records(text: fc.Arbitrary<string>) {
  const json = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.constant(null), tie('object'), tie('array'), tie('string')),
    object: fc.dictionary(text, tie('node'), { maxKeys: 4 }),
    array: fc.array(tie('node'), { maxLength: 4 }),
    string: fc.oneof(tie('object'), tie('array')).map((v) => JSON.stringify(v)),
  }));
  return fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      text,
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      tie('object'),
      tie('array'),
      tie('map'),
      tie('set'),
      tie('error'),
      tie('instance'),
      json.string,
    ),
    object: fc.tuple(fc.dictionary(text, tie('node'), { maxKeys: 4 }), fc.option(text)).map(([o, line]) => {
      // winston keeps the serialised line under a symbol key.
      if (line !== null) (o as Record<symbol, unknown>)[Symbol.for('message')] = line;
      return o;
    }),
    array: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.array(fc.tuple(text, tie('node')), { maxLength: 3 }).map((entries) => new Map(entries)),
    set: fc.array(tie('node'), { maxLength: 3 }).map((xs) => new Set(xs)),
    error: fc.tuple(text, fc.option(tie('node')), fc.array(text, { maxLength: 2 })).map(([message, cause, inner]) =>
      inner.length > 0 ? new AggregateError(inner.map((m) => new Error(m)), message) : cause === null ? new Error(message) : new Error(message, { cause }),
    ),
    instance: fc.tuple(text, tie('node')).map(([title, owner]) => new Ticket(title, owner)),
  })).node;
}

describe.each(['re2', 're2-wasm'] as const)('redactValue on %s', (engine) => {
  const runs = engine === 're2' ? 300 : 60;

  test('nothing planted survives, and the input is left exactly as it was', () => {
    const r = redactorFor(engine);
    fc.assert(
      fc.property(records(fc.oneof({ weight: 2, arbitrary: clean }, { weight: 1, arbitrary: planted })), (input) => {
        const before = show(input);
        const out = show(r.redactValue(input));
        expect(show(input)).toBe(before);
        for (const p of plantedIn(before)) expect(out).not.toContain(p);
      }),
      { numRuns: runs },
    );
  });

  test('a value with nothing to redact comes back as the same reference', () => {
    const r = redactorFor(engine);
    fc.assert(
      fc.property(records(clean), (input) => {
        expect(r.redactValue(input)).toBe(input);
      }),
      { numRuns: runs },
    );
  });
});

describe('copy on write', () => {
  test('untouched subtrees are shared, changed ones are copies', () => {
    const r = redactorFor('re2');
    const untouched = { model: 'gpt-4o', params: { temperature: 0.2 } };
    const input = { meta: untouched, messages: [{ role: 'user', content: 'mail jane@example.com' }, { role: 'assistant', content: 'ok' }] };
    const out = r.redactValue(input);
    expect(out.meta).toBe(untouched);
    expect(out.messages[1]).toBe(input.messages[1]);
    expect(out.messages).not.toBe(input.messages);
    expect(out.messages[0]).toEqual({ role: 'user', content: 'mail [EMAIL]' });
    expect(input.messages[0]!.content).toBe('mail jane@example.com');
  });

  test('strings of exactly the shortest match length are still scanned', () => {
    const r = createRedactor({ packs: [], rules: [{ rules: [{ id: 'code', type: 'CODE', keywords: ['abc'] }, { id: 'pin', type: 'PIN', regex: '[0-9]{5}' }] }] });
    expect(r.redactValue({ a: 'abc', b: '12345', c: 'ab', d: '1234' })).toEqual({ a: '[CODE]', b: '[PIN]', c: 'ab', d: '1234' });
  });
});

describe('depth', () => {
  function nest(levels: number, leaf: unknown): unknown {
    let v = leaf;
    for (let i = 0; i < levels; i++) v = i % 2 === 0 ? { child: v } : [v];
    return v;
  }
  function bottom(v: unknown): unknown {
    let at = v;
    for (;;) {
      if (Array.isArray(at)) at = at[0];
      else if (typeof at === 'object' && at !== null && 'child' in at) at = (at as { child: unknown }).child;
      else return at;
    }
  }

  test('100,000 levels do not overflow the stack: past the default limit the rest is truncated', () => {
    const r = redactorFor('re2');
    const out = r.redactValue(nest(100_000, 'mail jane@example.com'));
    expect(bottom(out)).toBe('[Truncated]');
  });

  test('with maxDepth: Infinity all 100,000 levels are walked and the bottom is redacted', () => {
    const r = createRedactor({ packs: [], rules: [rulesFile], records: { maxDepth: Infinity } });
    const input = nest(100_000, 'mail jane@example.com');
    const out = r.redactValue(input);
    expect(bottom(out)).toBe('mail [EMAIL]');
    expect(bottom(input)).toBe('mail jane@example.com');
    const cleanDeep = nest(100_000, 'nothing here');
    expect(r.redactValue(cleanDeep)).toBe(cleanDeep);
  });

  test('maxDepth counts containers: the root is level 1', () => {
    const r = createRedactor({ packs: [], rules: [rulesFile], records: { maxDepth: 2 } });
    expect(r.redactValue({ a: { b: 'x', c: { d: 'y' } } })).toEqual({ a: { b: 'x', c: '[Truncated]' } });
  });
});

describe('fail closed', () => {
  /**
   * Fills the fixed 16 MiB heap of the wasm module the redactor is using right now, the way a leak
   * would: big blocks first, then ever smaller ones, until not even a few bytes are left. Each step
   * ends in the module's own abort (a WebAssembly.RuntimeError), as it does in production.
   */
  function exhaustWasmHeap(): void {
    const req = createRequire(import.meta.url);
    const mod = req.cache[req.resolve('re2-wasm/build/wasm/re2.js')]!.exports as { _malloc(bytes: number): number };
    let aborts = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 8]) {
      try {
        for (let i = 0; i < 1 << 21; i++) mod._malloc(size);
      } catch (err) {
        expect(err).toBeInstanceOf(WebAssembly.RuntimeError);
        aborts++;
      }
    }
    expect(aborts).toBe(5);
  }

  test('an exhausted re2-wasm heap costs no value: the engine is rebuilt and the value retried', () => {
    const errors: Error[] = [];
    const r = createRedactor({ engine: 're2-wasm', packs: [], rules: [rulesFile], onError: (e) => errors.push(e) });
    exhaustWasmHeap();

    const input = { a: 'mail jane@example.com', b: 'and bob@example.com', nested: { c: 'ssn 536-22-8726' } };
    const out = r.redactValue(input);
    expect(out).toEqual({ a: 'mail [EMAIL]', b: 'and [EMAIL]', nested: { c: 'ssn [US_SSN]' } });
    expect(input.a).toBe('mail jane@example.com');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/the engine failed and was rebuilt; the value was redacted on a retry/);
    expect(errors[0]!.cause).toBeInstanceOf(WebAssembly.RuntimeError);
  });

  /** A value that fails on a fresh engine too: every search aborts re2-wasm. */
  const hopeless = () => abortingWasmRedactor((e) => errors.push(e));
  const errors: Error[] = [];
  const huge = `${'a'.repeat(9_000_000)}@example.com`;

  test('a value that fails on a rebuilt engine too is withheld, reported once; the rest of the record is redacted', () => {
    errors.length = 0;
    const r = hopeless();
    const input = { a: huge, b: 'mail bob@example.com', nested: { c: 'x@example.com' } };
    const out = r.redactValue(input);
    expect(out).toEqual({ a: REDACTION_FAILED, b: 'mail [AT]', nested: { c: '[AT]' } });
    expect(input.a).toBe(huge);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/redaction failed, value withheld/);
    expect(errors[0]!.cause).toBeInstanceOf(WebAssembly.RuntimeError);
    expect(r.redactValue({ a: 'mail jane@example.com' })).toEqual({ a: 'mail [AT]' });
  });

  test('a failed key scan withholds the key, and keys that collide stay apart', () => {
    errors.length = 0;
    const r = hopeless();
    const out = r.redactValue({ [huge]: 1, 'bob@example.com': 2 });
    expect(out).toEqual({ [REDACTION_FAILED]: 1, '[AT]': 2 });
    expect(errors).toHaveLength(1);
  });

  test('reports are rate-limited to one a second', () => {
    errors.length = 0;
    const r = hopeless();
    // The clock is ours, so "within a second" does not depend on how fast this machine is.
    vi.useFakeTimers({ toFake: ['Date'], now: 0 });
    try {
      expect(r.redactValue([huge])).toEqual([REDACTION_FAILED]);
      vi.setSystemTime(999);
      expect(r.redactValue([huge])).toEqual([REDACTION_FAILED]);
      expect(errors).toHaveLength(1);
      vi.setSystemTime(2_000);
      expect(r.redactValue([huge])).toEqual([REDACTION_FAILED]);
      expect(errors).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
    expect(r.redactValue(['jane@example.com'])).toEqual(['[AT]']);
  });

  test('a container that turns hostile while it is copied withholds the whole value', () => {
    const errors: Error[] = [];
    const r = createRedactor({ packs: [], rules: [rulesFile], onError: (e) => errors.push(e) });
    let protoReads = 0;
    const hostile = new Proxy(
      { note: 'mail jane@example.com' },
      {
        getPrototypeOf: (t) => {
          if (++protoReads > 1) throw new Error('changed its mind');
          return Object.getPrototypeOf(t) as object;
        },
      },
    );
    expect(r.redactValue(hostile)).toBe(REDACTION_FAILED);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/redactValue failed, value withheld: changed its mind/);
  });

  test('a JSON text too deep to serialise again is withheld, not returned as it was', () => {
    const r = createRedactor({ packs: [], rules: [rulesFile], records: { maxDepth: Infinity } });
    const deep = `${'['.repeat(100_000)}"jane@example.com"${']'.repeat(100_000)}`;
    expect(r.redactValue({ body: deep })).toEqual({ body: REDACTION_FAILED });
  });
});
