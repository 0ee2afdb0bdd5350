import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index';
import { policyFromOptions } from '../../src/policy-from-options';
import { ENGINES } from '../support/engines';

describe('after a refused candidate', () => {
  it('looks again inside a match a validator refused: a real value may start there', () => {
    // "x4111…" fails Luhn as a whole (16 digits from the first), the card inside passes.
    const r = createRedactor({ packs: [], rules: [{ rules: [{ id: 'card', type: 'CARD', regex: '\\d{16}', validate: ['luhn'] }] }] });
    expect(r.scan('94111111111111111')).toEqual([{ rule: 'card', type: 'CARD', start: 1, end: 17 }]);
  });

  it('passes over an allow-listed match whole, and reports no piece of it', () => {
    const r = createRedactor({ packs: [], rules: [{ rules: [{ id: 'e', type: 'EMAIL', regex: '[a-z]+@[a-z]+\\.com', allow: ['git@github.com'] }] }] });
    expect(r.scan('git@github.com')).toEqual([]);
    expect(r.explain('git@github.com').rejected.map((x) => x.reason)).toEqual(['allow-listed']);
  });
});

describe('group lists', () => {
  const r = createRedactor({
    packs: [],
    rules: [{ rules: [{ id: 'pair', type: 'PAIR', regex: 'a=(\\d{3,})|b=([a-z]{3,})|cd', group: [1, 2] }] }],
  });

  it('mask the first listed group that took part in the match', () => {
    expect(r.redact('a=1234 b=xyz')).toBe('a=[PAIR] b=[PAIR]');
  });

  it('mask the whole match when none of them took part', () => {
    expect(r.redact('cd')).toBe('[PAIR]');
  });

  it('refuse a listed group that can match the empty string', () => {
    expect(() =>
      createRedactor({ packs: [], rules: [{ rules: [{ id: 'g', type: 'G', regex: 'a(b*)|c(d)', group: [2, 1] }] }] }),
    ).toThrow(/group 1: the masked group can match the empty string/);
  });
});

describe('gated rules whose every match holds a keyword are scanned only near it', () => {
  // The same rule twice: as written (every match holds `passw`), and with an alternative that never
  // occurs in these texts but holds no keyword, which makes the scanner search the whole text.
  const regex = '[a-z]{0,6}passw(?:or)?d[:=]\\d{2,8}';
  const rule = (id: string, re: string) => ({ id, type: 'PASSWORD', regex: re, keywords: ['passw'], validate: ['luhn' as const] });
  const near = [{ rules: [rule('near', regex)] }];
  const whole = [{ rules: [rule('whole', `${regex}|\\x{1}zz`)] }];
  const pieces = fc.constantFrom('password=4242 ', 'passwd:59 ', 'passw', 'password', 'passwd', 'my', 'pass', ':', '=', '18', '4242', '1234567', '59', ' ', '\n', 'é', '😀', 'x'.repeat(40));

  it('uses the near scan for the first rule and the whole-text scan for the second', () => {
    expect(policyFromOptions({ packs: [], rules: near }).policy.rules[0]!.regex!.near).toBe(true);
    expect(policyFromOptions({ packs: [], rules: whole }).policy.rules[0]!.regex!.near).toBe(false);
  });

  it.each(ENGINES)('finds exactly what a whole-text scan finds (%s)', (engine) => {
    const a = createRedactor({ engine, packs: [], rules: near });
    const b = createRedactor({ engine, packs: [], rules: whole });
    const offsets = (fs: readonly { start: number; end: number }[]) => fs.map((f) => [f.start, f.end]);
    let found = 0;
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const got = offsets(a.scan(text));
        expect(got).toEqual(offsets(b.scan(text)));
        found += got.length;
      }),
      { numRuns: 300 },
    );
    // Not vacuous: the texts held values (a valid Luhn run after `password=`).
    expect(found).toBeGreaterThan(0);
  });

  it('a rule with unbounded repetition is scanned whole: its cap must not cut a match a whole-text scan finds', () => {
    const rules = [{ rules: [{ id: 'tok', type: 'TOKEN', regex: 'tok_[a-z]+', keywords: ['tok_'] }] }];
    expect(policyFromOptions({ packs: [], rules, maxMatchLength: 16 }).policy.rules[0]!.regex!.near).toBe(false);
    const text = `x tok_${'a'.repeat(100)} y`;
    expect(createRedactor({ engine: 're2', packs: [], rules, maxMatchLength: 16 }).scan(text)).toEqual([{ rule: 'tok', type: 'TOKEN', start: 2, end: 106 }]);
  });

  it.each(ENGINES)('finds a value far from the start of a long text, after a keyword that is not part of one (%s)', (engine) => {
    const r = createRedactor({ engine, packs: [], rules: near });
    const text = `password reset ${'x '.repeat(3000)}mypassword=4242 ${'y'.repeat(5000)}`;
    const start = text.indexOf('mypassword');
    expect(r.scan(text)).toEqual([{ rule: 'near', type: 'PASSWORD', start, end: start + 'mypassword=4242'.length }]);
  });
});
