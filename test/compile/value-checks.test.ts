import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index';

const rule = (allow: unknown[]) =>
  createRedactor({
    packs: [],
    rules: [{ rules: [{ id: 'kv', type: 'SECRET', regex: '(\\w+)=([A-Za-z0-9]{6,})', group: 2, allow: allow as never }] }],
  });

describe('allow-list targets', () => {
  it('tests a plain pattern against the masked value (the group)', () => {
    const r = rule([{ regex: '^demo' }]);
    expect(r.redact('key=demo123')).toBe('key=demo123');
    expect(r.redact('demo=abc123')).toBe('demo=[SECRET]');
  });

  it('tests target: match against the whole regex match', () => {
    const r = rule([{ regex: '^demo=', target: 'match' }]);
    expect(r.redact('demo=abc123')).toBe('demo=abc123');
    expect(r.redact('key=abc123')).toBe('key=[SECRET]');
  });

  it('tests target: line against the line(s) the match is on, and nothing beyond them', () => {
    const r = rule([{ regex: 'fixture', target: 'line' }]);
    expect(r.redact('key=abc123 # fixture')).toBe('key=abc123 # fixture');
    expect(r.redact('key=abc123\n# fixture')).toBe('key=[SECRET]\n# fixture');
  });

  it('refuses an unknown target with the rule and field named', () => {
    expect(() => rule([{ regex: 'x', target: 'file' }])).toThrow(/rule 'kv'.*allow/);
  });
});
