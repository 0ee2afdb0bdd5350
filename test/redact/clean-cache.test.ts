import { expect, test } from 'vitest';
import { CleanCache } from '../../src/redact/clean-cache';
import { createRedactor } from '../../src/index';

test('bounded: a full cache starts over, and long strings are never kept', () => {
  const cache = new CleanCache<true>(2, 5);
  cache.add('a', true);
  cache.add('b', true);
  expect(cache.get('a')).toBe(true);
  cache.add('c', true);
  expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, undefined, true]);
  cache.add('toolong', true);
  expect(cache.get('toolong')).toBeUndefined();
});

test('a string seen clean before is still redacted correctly in a new context, and dirty strings are never cached', () => {
  const r = createRedactor({ packs: [], rules: [{ rules: [{ id: 'email', type: 'EMAIL', regex: '[a-z]+@[a-z]+\\.com' }] }] });
  for (let i = 0; i < 3; i++) {
    expect(r.redactValue({ 'jane@example.com': 'jane@example.com', ok: 'clean text' })).toEqual({ '[EMAIL]': '[EMAIL]', ok: 'clean text' });
  }
});
