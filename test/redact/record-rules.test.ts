import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createRedactor, RuleFileError } from '../../src/index';
import { CLEAN_UNITS, show, writeRules } from './fixture';

const rulesFile = writeRules();
const r = createRedactor({ packs: [], rules: [rulesFile] });

describe('keys:', () => {
  test('values under matching keys are masked whole, whatever they hold; globs ignore case', () => {
    const input = {
      Password: 'hunter2',
      refresh_TOKEN_v2: { nested: 'anything' },
      AUTHORIZATION: 'Basic dXNlcjpwYXNz',
      'Set-Cookie': ['a=1', 'b=2'],
      pin: 1234,
      tokenizer: 'gpt',
      note: 'fine',
    };
    expect(r.redactValue(input)).toEqual({
      Password: '[REDACTED]',
      refresh_TOKEN_v2: '[REDACTED]',
      AUTHORIZATION: '[REDACTED]',
      'Set-Cookie': '[REDACTED]',
      pin: 1234,
      // '*token*' matches any key containing "token", including this one: globs are literal.
      tokenizer: '[REDACTED]',
      note: 'fine',
    });
  });

  test('null and undefined under a secret key stay as they are: there is nothing to hide', () => {
    const input = { password: null, token: undefined, empty: '' };
    expect(r.redactValue(input)).toBe(input);
    expect(r.redactValue({ password: '' })).toEqual({ password: '[REDACTED]' });
  });

  test('keys apply in Maps, errors and JSON held in strings', () => {
    const err = Object.assign(new Error('denied'), { authorization: 'Bearer abc' });
    const out = r.redactValue({
      headers: new Map([['Authorization', 'Bearer abc']]),
      err,
      args: '{"password":"hunter2","user":"sam"}',
    });
    expect(out.headers.get('Authorization')).toBe('[REDACTED]');
    expect((out.err as unknown as { authorization: string }).authorization).toBe('[REDACTED]');
    expect(out.args).toBe('{"password":"[REDACTED]","user":"sam"}');
  });

  test('the censor is configurable', () => {
    const custom = createRedactor({ packs: [], rules: [rulesFile], records: { censor: '***' } });
    expect(custom.redactValue({ password: 'x' })).toEqual({ password: '***' });
  });

  test('property: a value under a secret key never survives, at any depth', () => {
    const clean = fc.string({ unit: fc.constantFrom(...CLEAN_UNITS), maxLength: 8 });
    const secretKey = fc.constantFrom('password', 'PassWord', 'api_token', 'X-Token', 'authorization', 'set-cookie');
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, clean, tie('object'), tie('array'), tie('secret')),
      object: fc.dictionary(clean, tie('node'), { maxKeys: 3 }),
      array: fc.array(tie('node'), { maxLength: 3 }),
      secret: fc.tuple(secretKey, fc.dictionary(clean, tie('node'), { maxKeys: 2 })).map(([k, o]) => ({ ...o, [k]: 'SECRETVALUE' })),
    })).node;
    fc.assert(
      fc.property(tree, (input) => {
        const before = show(input);
        expect(show(r.redactValue(input))).not.toContain('SECRETVALUE');
        expect(show(input)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe('paths:', () => {
  const withPaths = (paths: string[], skip: string[] = []) => createRedactor({ packs: [], rules: [{ paths, skip }] });

  test('exact paths, * for one level, ** for any depth, brackets for odd names; names ignore case', () => {
    const p = withPaths(['req.headers.cookie', 'users.*.ssn', '**.apiKey', 'meta["x.y"]', 'list[1]']);
    const input = {
      req: { headers: { Cookie: 'sid=1', accept: '*/*' } },
      users: [{ ssn: 'a', name: 'x' }, { ssn: 'b' }],
      apiKey: 'top',
      deep: { er: { APIKEY: 'k' } },
      meta: { 'x.y': 1, x: { y: 2 } },
      list: ['a', 'b', 'c'],
    };
    expect(p.redactValue(input)).toEqual({
      req: { headers: { Cookie: '[REDACTED]', accept: '*/*' } },
      users: [{ ssn: '[REDACTED]', name: 'x' }, { ssn: '[REDACTED]' }],
      apiKey: '[REDACTED]',
      deep: { er: { APIKEY: '[REDACTED]' } },
      meta: { 'x.y': '[REDACTED]', x: { y: 2 } },
      list: ['a', '[REDACTED]', 'c'],
    });
  });

  test('paths continue into JSON held in strings', () => {
    const p = withPaths(['tool.arguments.card']);
    expect(p.redactValue({ tool: { arguments: '{"card":"4111","n":1}' } })).toEqual({ tool: { arguments: '{"card":"[REDACTED]","n":1}' } });
  });

  test('a malformed path is reported when the redactor is built', () => {
    for (const bad of ['a..b', 'a.', '.a', 'a[x]', 'a["b]', 'a[0]b']) {
      expect(() => withPaths([bad]), bad).toThrow(RuleFileError);
    }
  });
});

describe('skip:', () => {
  test('content under a skipped path is not scanned, but key and path rules still apply there', () => {
    const input = { embedding: { note: 'jane@example.com', password: 'hunter2' }, msg: 'bob@example.com' };
    expect(r.redactValue(input)).toEqual({ embedding: { note: 'jane@example.com', password: '[REDACTED]' }, msg: '[EMAIL]' });
  });

  test('a skipped subtree no rule can reach is returned as it is', () => {
    const s = createRedactor({ packs: [], rules: [{ rules: [{ id: 'email', type: 'EMAIL', regex: '[a-z]+@[a-z]+\\.com' }], skip: ['raw'] }] });
    const raw = { body: 'jane@example.com', items: [1, 2, 3] };
    const out = s.redactValue({ raw, msg: 'bob@example.com' });
    expect(out.raw).toBe(raw);
    expect(out.msg).toBe('[EMAIL]');
  });
});

describe('summary', () => {
  const summarising = createRedactor({ packs: [], rules: [rulesFile], records: { summaryKey: 'redaction' } });

  test('counts by type under the configured key: numbers only, never values', () => {
    const input = { a: 'jane@example.com and bob@example.com', password: 'x', ip: '203.0.113.42' };
    const out = summarising.redactValue(input);
    expect(out).toEqual({
      a: '[EMAIL] and [EMAIL]',
      password: '[REDACTED]',
      ip: '[IPV4]',
      redaction: { count: 4, types: { EMAIL: 2, REDACTED: 1, IPV4: 1 } },
    });
    expect(input).not.toHaveProperty('redaction');
  });

  test('no summary when nothing was redacted, or when the record is not a plain object', () => {
    const clean = { a: 'fine' };
    expect(summarising.redactValue(clean)).toBe(clean);
    expect(summarising.redactValue(['jane@example.com'])).toEqual(['[EMAIL]']);
  });
});

describe('options', () => {
  test('bad record options are rejected when the redactor is built', () => {
    expect(() => createRedactor({ packs: [], records: { maxDepth: 0 } })).toThrow('createRedactor: records.maxDepth: ');
    expect(() => createRedactor({ packs: [], records: { maxDepth: 1.5 } })).toThrow('createRedactor: records.maxDepth: ');
    expect(() => createRedactor({ packs: [], records: { summaryKey: '' } })).toThrow('createRedactor: records.summaryKey: ');
  });
});
