import { Writable } from 'node:stream';
import { types } from 'node:util';
import pino from 'pino';
import { describe, expect, test } from 'vitest';
import winston from 'winston';
import { createRedactor } from '../../src/index';
import { show, writeRules } from './fixture';

const rulesFile = writeRules();
const r = createRedactor({ packs: [], rules: [rulesFile] });
const binary = createRedactor({ packs: [], rules: [rulesFile], records: { scanBinary: true } });

/** A destination that keeps what a logger wrote, one entry per write. */
function sink(objectMode = false): { stream: Writable; lines: unknown[] } {
  const lines: unknown[] = [];
  const stream = new Writable({
    objectMode,
    write(chunk: unknown, _enc, done) {
      lines.push(objectMode ? chunk : String(chunk));
      done();
    },
  });
  return { stream, lines };
}

describe('errors', () => {
  function failure(): TypeError {
    const err = new TypeError('lookup failed for jane@example.com', { cause: new Error('upstream said 203.0.113.42') });
    Object.assign(err, { code: 'E_LOOKUP', customer: 'bob@example.com' });
    return err;
  }

  test('message, stack, cause and own properties are redacted in a native copy of the same class', () => {
    const err = failure();
    const before = show(err);
    const out = r.redactValue(err);
    expect(show(err)).toBe(before);
    expect(out).not.toBe(err);
    expect(types.isNativeError(out)).toBe(true);
    expect(out).toBeInstanceOf(TypeError);
    expect(out.name).toBe('TypeError');
    expect(out.message).toBe('lookup failed for [EMAIL]');
    expect(out.stack!.split('\n')[0]).toBe('TypeError: lookup failed for [EMAIL]');
    expect(out.stack!.split('\n').length).toBe(err.stack!.split('\n').length);
    expect((out.cause as Error).message).toBe('upstream said [IPV4]');
    expect(out).toMatchObject({ code: 'E_LOOKUP', customer: '[EMAIL]' });
    // As enumerable as the original's: JSON output keeps its shape.
    expect(Object.keys(out)).toEqual(Object.keys(err));
    expect(JSON.stringify(out)).toBe('{"code":"E_LOOKUP","customer":"[EMAIL]"}');
  });

  test('AggregateError members are redacted, and a clean error is returned as it is', () => {
    const agg = new AggregateError([new Error('a jane@example.com'), new RangeError('clean')], 'two failed');
    const out = r.redactValue(agg);
    expect(out).toBeInstanceOf(AggregateError);
    expect(out.errors.map((e: Error) => e.message)).toEqual(['a [EMAIL]', 'clean']);
    expect(out.errors[1]).toBe(agg.errors[1]);
    const plain = new Error('nothing to see');
    expect(r.redactValue(plain)).toBe(plain);
  });

  test("pino's err serializer logs the redacted copy like any error", () => {
    const { stream, lines } = sink();
    const logger = pino({}, stream);
    logger.error({ err: r.redactValue(failure()) }, 'failed');
    const line = JSON.parse(lines[0] as string) as { err: { type: string; message: string; stack: string; code: string } };
    expect(line.err.type).toBe('TypeError');
    expect(line.err.message).toBe('lookup failed for [EMAIL]: upstream said [IPV4]');
    expect(line.err.stack).toMatch(/^TypeError: lookup failed for \[EMAIL\]\n/);
    expect(line.err.stack).toMatch(/caused by: Error: upstream said \[IPV4\]/);
    expect(line.err.code).toBe('E_LOOKUP');
    expect(lines[0]).not.toMatch(/jane@|203\.0\.113/);
  });

  test("winston's errors() format recognises the copy and logs message and stack", () => {
    const { stream, lines } = sink(true);
    const logger = winston.createLogger({
      format: winston.format.combine(winston.format.errors({ stack: true }), winston.format.json()),
      transports: [new winston.transports.Stream({ stream })],
    });
    logger.error(r.redactValue(failure()));
    const line = (lines[0] as Record<symbol, string>)[Symbol.for('message')]!;
    expect(JSON.parse(line)).toMatchObject({ level: 'error', message: 'lookup failed for [EMAIL]', code: 'E_LOOKUP', customer: '[EMAIL]' });
    expect(JSON.parse(line).stack).toMatch(/^TypeError: lookup failed for \[EMAIL\]\n/);
    expect(line).not.toContain('jane@');
  });
});

describe('winston info objects', () => {
  test('the serialised line under Symbol.for("message") is redacted, and the caller’s meta is not touched', () => {
    const { stream, lines } = sink(true);
    const logger = winston.createLogger({
      format: winston.format.combine(
        winston.format.json(),
        winston.format((info) => r.redactValue(info))(),
      ),
      transports: [new winston.transports.Stream({ stream })],
    });
    const meta = { user: { email: 'jane@example.com', plan: 'pro' } };
    logger.info('signup', meta);
    const info = lines[0] as Record<string | symbol, unknown>;
    expect(info[Symbol.for('message')]).toBe('{"level":"info","message":"signup","user":{"email":"[EMAIL]","plan":"pro"}}');
    expect(info['user']).toEqual({ email: '[EMAIL]', plan: 'pro' });
    expect(info[Symbol.for('level')]).toBe('info');
    expect(meta.user.email).toBe('jane@example.com');
  });
});

describe('binary data', () => {
  const bytes = () => Buffer.from('to jane@example.com');

  test('Buffers and typed arrays are left alone by default', () => {
    const buf = bytes();
    const u8 = new Uint8Array(bytes());
    const input = { buf, u8 };
    expect(r.redactValue(input)).toBe(input);
  });

  test('scanBinary reads Buffer and Uint8Array contents as UTF-8 and keeps their type', () => {
    const buf = bytes();
    const u8 = new Uint8Array(bytes());
    const floats = new Float64Array([1, 2]);
    const out = binary.redactValue({ buf, u8, floats, clean: Buffer.from('hello') });
    expect(Buffer.isBuffer(out.buf)).toBe(true);
    expect(out.buf.toString()).toBe('to [EMAIL]');
    expect(Buffer.isBuffer(out.u8)).toBe(false);
    expect(out.u8).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(out.u8).toString()).toBe('to [EMAIL]');
    // Its own memory, not a view into Buffer's shared pool.
    expect(out.u8.byteOffset).toBe(0);
    expect(out.u8.buffer.byteLength).toBe(out.u8.byteLength);
    expect(out.floats).toBe(floats);
    expect(buf.toString()).toBe('to jane@example.com');
    const clean = { b: Buffer.from('hello') };
    expect(binary.redactValue(clean)).toBe(clean);
  });
});

describe('leaves that are not text', () => {
  test('dates, numbers, bigints, symbols and functions are kept as they are', () => {
    const when = new Date(0);
    const fn = (): void => undefined;
    const sym = Symbol('s');
    const out = r.redactValue({ when, n: 4111111111111111, big: 10n ** 20n, sym, fn, note: 'jane@example.com' });
    expect(out).toEqual({ when, n: 4111111111111111, big: 10n ** 20n, sym, fn, note: '[EMAIL]' });
    expect(out.when).toBe(when);
  });
});

describe('objects', () => {
  class Session {
    constructor(
      public user: string,
      public id: number,
    ) {}
    describe(): string {
      return `${this.user}#${this.id}`;
    }
  }

  test('class instances: own enumerable properties are redacted, the prototype is kept', () => {
    const s = new Session('jane@example.com', 7);
    const out = r.redactValue(s);
    expect(out).toBeInstanceOf(Session);
    expect(out.describe()).toBe('[EMAIL]#7');
    expect(s.user).toBe('jane@example.com');
    const clean = new Session('jane', 7);
    expect(r.redactValue(clean)).toBe(clean);
  });

  test("the copy does not run the class's setters", () => {
    class Guarded {
      note!: string;
      constructor(note: string) {
        Object.defineProperty(this, 'note', { value: note, enumerable: true, writable: true, configurable: true });
      }
      set alarm(_v: string) {
        throw new Error('setter ran');
      }
    }
    const g = new Guarded('mail jane@example.com');
    Object.defineProperty(g, 'alarm', { value: 'x', enumerable: true, configurable: true });
    const out = r.redactValue(g);
    expect({ ...out }).toEqual({ note: 'mail [EMAIL]', alarm: 'x' });
  });

  test('a getter that throws becomes [Unreadable]; the other properties are redacted', () => {
    const input = {
      email: 'jane@example.com',
      get broken(): string {
        throw new Error('nope');
      },
    };
    expect(r.redactValue(input)).toEqual({ email: '[EMAIL]', broken: '[Unreadable]' });
    const cleanButBroken = {
      ok: 'fine',
      get broken(): string {
        throw new Error('nope');
      },
    };
    expect(r.redactValue(cleanButBroken)).toEqual({ ok: 'fine', broken: '[Unreadable]' });
  });

  test('a Proxy whose traps throw becomes [Unreadable]', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys for you');
        },
      },
    );
    expect(r.redactValue({ a: hostile, b: 'jane@example.com' })).toEqual({ a: '[Unreadable]', b: '[EMAIL]' });
  });

  test('cycles: a clean record keeps them, a redacted copy marks them [Circular]', () => {
    const clean: Record<string, unknown> = { name: 'loop' };
    clean['self'] = clean;
    expect(r.redactValue(clean)).toBe(clean);

    const dirty: Record<string, unknown> = { email: 'jane@example.com', list: [] as unknown[] };
    (dirty['list'] as unknown[]).push(dirty);
    const out = r.redactValue(dirty);
    expect(out).toEqual({ email: '[EMAIL]', list: ['[Circular]'] });
    expect((dirty['list'] as unknown[])[0]).toBe(dirty);
  });

  test('an object reached twice without a cycle is redacted in both places', () => {
    const shared = { email: 'jane@example.com' };
    expect(r.redactValue({ a: shared, b: [shared] })).toEqual({ a: { email: '[EMAIL]' }, b: [{ email: '[EMAIL]' }] });
  });

  test('null-prototype objects stay null-prototype; an own __proto__ key stays a key', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { email: 'jane@example.com' });
    const out = r.redactValue(bare);
    expect(Object.getPrototypeOf(out)).toBe(null);
    expect(out['email']).toBe('[EMAIL]');

    const parsed = JSON.parse('{"__proto__": {"email": "jane@example.com"}, "b": "bob@example.com"}') as Record<string, unknown>;
    const copy = r.redactValue(parsed);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ email: '[EMAIL]' });
    expect(copy['b']).toBe('[EMAIL]');
    expect(({} as Record<string, unknown>)['email']).toBeUndefined();
  });

  test('toJSON: what the serialiser would write is what gets scanned', () => {
    const url = new URL('https://example.org/reset?to=jane@example.com');
    expect(r.redactValue({ url })).toEqual({ url: 'https://example.org/reset?to=[EMAIL]' });
    const cleanUrl = new URL('https://example.org/');
    expect(r.redactValue(cleanUrl)).toBe(cleanUrl);
    const custom = { toJSON: () => ({ owner: 'jane@example.com' }) };
    expect(r.redactValue(custom)).toEqual({ owner: '[EMAIL]' });
    const throwing = {
      toJSON(): never {
        throw new Error('nope');
      },
    };
    expect(r.redactValue({ t: throwing })).toEqual({ t: '[Unreadable]' });
  });

  test('String objects are scanned like strings', () => {
    // eslint-disable-next-line no-new-wrappers
    const boxed = new String('mail jane@example.com');
    expect(r.redactValue({ boxed })).toEqual({ boxed: 'mail [EMAIL]' });
    // eslint-disable-next-line no-new-wrappers
    const clean = new String('hello');
    expect(r.redactValue(clean)).toBe(clean);
  });
});

describe('Maps and Sets', () => {
  test('keys are scanned as text, object keys are walked, and the originals are not touched', () => {
    const objKey = { email: 'carl@example.com' };
    const m = new Map<unknown, unknown>([
      ['jane@example.com', 'x'],
      ['bob@example.com', 'y'],
      [objKey, 'card 4111 1111 1111 1111'],
      ['plain', 'z'],
    ]);
    const before = show(m);
    const out = r.redactValue(m);
    expect([...out.entries()]).toEqual([
      ['[EMAIL]', 'x'],
      ['[EMAIL]#2', 'y'],
      [{ email: '[EMAIL]' }, 'card [CREDIT_CARD]'],
      ['plain', 'z'],
    ]);
    expect(show(m)).toBe(before);
  });

  test('Set members are redacted; members that become equal merge', () => {
    const s = new Set(['jane@example.com', 'bob@example.com', 'ok']);
    const out = r.redactValue(s);
    expect([...out]).toEqual(['[EMAIL]', 'ok']);
    expect(s.size).toBe(3);
  });
});
