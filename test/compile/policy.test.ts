import { describe, expect, test } from 'vitest';
import { createRedactor, type RuleInput } from '../../src/index';
import { ENGINES } from '../support/engines';
import { tempFiles } from '../support/tmp';

const only = (engine: (typeof ENGINES)[number], ...rules: RuleInput[]) => createRedactor({ engine, packs: [], rules: [{ rules }] });

describe.each(ENGINES)('rule features on %s', (engine) => {
  test('keyword rules: case-insensitive, whole words, Unicode-aware boundaries', () => {
    const r = only(engine, { id: 'names', type: 'PERSON', keywords: ['Åsa Lindgren', 'Project Bluebird', 'Zoë'] });
    expect(r.redact('ÅSA LINDGREN met zoë about project bluebird.')).toBe('[PERSON] met [PERSON] about [PERSON].');
    // `Zoëy` and `xÅsa` are other words: an ASCII \b would wrongly see boundaries there.
    expect(r.redact('Zoëy and xÅsa Lindgren')).toBe('Zoëy and xÅsa Lindgren');
    expect(r.explain('Zoëy').rejected).toEqual([{ rule: 'names', type: 'PERSON', start: 0, end: 3, reason: 'not a whole word' }]);
  });

  test('keyword rules can be case-sensitive and match inside words', () => {
    const r = only(engine, { id: 'code', type: 'CODENAME', keywords: ['BLUE'], caseSensitive: true, wholeWord: false });
    expect(r.redact('BLUEBIRD blue')).toBe('[CODENAME]BIRD blue');
  });

  test('keywords from a file, one a line, # comments skipped', () => {
    const dir = tempFiles({ 'names.txt': '# customers\nAcme Corp\n\nGlobex\n', 'r.yaml': 'rules:\n  - id: c\n    type: CUSTOMER\n    keywordsFile: names.txt\n' });
    const r = createRedactor({ engine, packs: [], rules: ['r.yaml'], cwd: dir });
    expect(r.redact('acme corp and GLOBEX')).toBe('[CUSTOMER] and [CUSTOMER]');
  });

  test('group masks only the capture group, top-level or nested', () => {
    const top = only(engine, { id: 'pw', type: 'PASSWORD', regex: '(?i)password\\s*[=:]\\s*(\\S+)', group: 1 });
    expect(top.redact('login PASSWORD = hunter2 ok')).toBe('login PASSWORD = [PASSWORD] ok');
    const nested = only(engine, { id: 'kv', type: 'SECRET', regex: '(?:token|key)=(?:"([^"]+)"|(?P<bare>[a-z0-9]+))', group: 'bare' });
    expect(nested.redact('key=abc123 token="x"')).toBe('key=[SECRET] token="x"');
  });

  test('keyword-gated regex rules run only when a keyword occurs', () => {
    const r = only(engine, { id: 'k', type: 'KEY', regex: '\\b[0-9a-f]{32}\\b', keywords: ['api_key', 'apikey'] });
    const hex = '0123456789abcdef0123456789abcdef';
    expect(r.redact(`commit ${hex}`)).toBe(`commit ${hex}`);
    expect(r.redact(`API_KEY: ${hex}`)).toBe('API_KEY: [KEY]');
  });

  test('context words: the match counts only near one of them', () => {
    const r = only(engine, { id: 'acct', type: 'ACCOUNT', regex: '\\b\\d{8}\\b', context: { words: ['account', 'acct'], window: 20 } });
    expect(r.redact('Account no. 12345678')).toBe('Account no. [ACCOUNT]');
    expect(r.redact('order 12345678')).toBe('order 12345678');
    expect(r.explain('order 12345678').rejected[0]!.reason).toBe('no context word nearby');
  });

  test('entropy floor', () => {
    const r = only(engine, { id: 's', type: 'SECRET', regex: 'secret=([A-Za-z0-9]{12,})', group: 1, validate: [{ entropy: 3 }] });
    expect(r.redact('secret=aaaaaaaaaaaaaaaa')).toBe('secret=aaaaaaaaaaaaaaaa');
    expect(r.redact('secret=q8Zr2Lx0Vb7Nw3')).toBe('secret=[SECRET]');
  });

  test('allow-lists: exact values any case, RE2 patterns, substrings; per rule and per file', () => {
    const r = createRedactor({
      engine,
      packs: ['pii'],
      rules: [{ allow: ['noreply@example.com'], rules: [{ id: 'email', allow: [{ regex: '@test\\.invalid$' }, { contains: 'example.org' }] }] }],
    });
    expect(r.redact('NoReply@Example.com a@test.invalid b@example.org c@example.net')).toBe('NoReply@Example.com a@test.invalid b@example.org [EMAIL]');
  });

  test('masks: label text, partial, hash with a key, remove, replace', () => {
    const r = createRedactor({
      engine,
      hmacKey: 'k',
      packs: [],
      rules: [
        {
          rules: [
            { id: 'a', type: 'A', regex: 'a1+', mask: { operator: 'label', label: 'REDACTED' } },
            { id: 'b', type: 'B', regex: 'b2+', mask: { operator: 'mask', keepFirst: 1 } },
            { id: 'c', type: 'C', regex: 'c3+', mask: 'hash' },
            { id: 'd', type: 'D', regex: 'd4+', mask: 'remove' },
            { id: 'e', type: 'E', regex: 'e5+', mask: { operator: 'replace', value: '<gone>' } },
          ],
        },
      ],
    });
    expect(r.redact('a111 b222 c333 d444 e555')).toMatch(/^\[REDACTED\] b\*\*\* \[C:[0-9a-f]{6}\]  <gone>$/);
  });

  test('hash pseudonyms are stable across redactors with the same key and differ across keys', () => {
    const mk = (hmacKey: string) => createRedactor({ engine, hmacKey, packs: ['pii'], mask: 'hash' });
    expect(mk('k1').redact('jane@example.com')).toBe(mk('k1').redact('jane@example.com'));
    expect(mk('k1').redact('jane@example.com')).not.toBe(mk('k2').redact('jane@example.com'));
  });

  test('the hash key can come from SCRUBLINE_HMAC_KEY and never appears in output or errors', () => {
    process.env['SCRUBLINE_HMAC_KEY'] = 'env-secret-key';
    try {
      const r = createRedactor({ engine, packs: ['pii'], mask: 'hash' });
      const out = r.redact('jane@example.com');
      expect(out).toMatch(/^\[EMAIL:[0-9a-f]{6}\]$/);
      expect(JSON.stringify(r)).not.toContain('env-secret-key');
    } finally {
      delete process.env['SCRUBLINE_HMAC_KEY'];
    }
  });

  test('overlapping findings from different rules merge and nothing is left behind', () => {
    const r = only(engine, { id: 'user', type: 'USER', regex: 'user-[0-9]+' }, { id: 'num', type: 'NUM', regex: '[0-9]+-x' });
    expect(r.redact('id user-42-x!')).toBe('id [USER]!');
  });
});
