import { describe, expect, test } from 'vitest';
import { createRedactor } from '../../src/index';
import { tempFiles } from '../support/tmp';

describe('packs, extends and overrides', () => {
  test('the default packs are pii and secrets', () => {
    const r = createRedactor();
    expect(r.redact('jane@example.com AKIAIOSFODNN7EXAMPLE')).toBe('[EMAIL] [AWS_ACCESS_KEY]');
  });

  test('packs: [] leaves only your rules', () => {
    const r = createRedactor({ packs: [], rules: [{ rules: [{ id: 't', type: 'TICKET', regex: 'ACME-[0-9]{4,8}' }] }] });
    expect(r.redact('jane@example.com ACME-12345')).toBe('jane@example.com [TICKET]');
  });

  test('a file extends a pack and another file, relative to itself', () => {
    const dir = tempFiles({
      'base.yaml': 'rules:\n  - id: t\n    type: TICKET\n    regex: "ACME-[0-9]{4}"\n',
      'team.yaml': 'extends: [pii, ./base.yaml]\nrules: []\n',
    });
    const r = createRedactor({ packs: [], rules: ['team.yaml'], cwd: dir });
    expect(r.redact('ACME-1234 jane@example.com AKIAIOSFODNN7EXAMPLE')).toBe('[TICKET] [EMAIL] AKIAIOSFODNN7EXAMPLE');
  });

  test('an override by id changes only the fields it sets; enabled: false disables', () => {
    const r = createRedactor({
      rules: [
        {
          rules: [
            { id: 'email', mask: { operator: 'mask', keepLast: 3 } },
            { id: 'aws-access-key-id', enabled: false },
          ],
        },
      ],
    });
    expect(r.redact('jane@example.com AKIAIOSFODNN7EXAMPLE')).toBe('****@*******.com AKIAIOSFODNN7EXAMPLE');
  });

  test('a later rule with a pattern replaces the inherited one', () => {
    const r = createRedactor({ packs: ['pii'], rules: [{ rules: [{ id: 'email', type: 'CONTACT', regex: 'jane@[a-z.]+' }] }] });
    expect(r.redact('jane@example.com joe@example.com')).toBe('[CONTACT] joe@example.com');
  });

  test('a pack reached twice is applied once (no duplicate-id error)', () => {
    const r = createRedactor({ packs: ['pii'], rules: [{ extends: ['pii'], rules: [{ id: 'email', enabled: false }] }] });
    expect(r.redact('jane@example.com')).toBe('jane@example.com');
  });

  test('extends cycles are reported', () => {
    const dir = tempFiles({ 'a.yaml': 'extends: [./b.yaml]\n', 'b.yaml': 'extends: [./a.yaml]\n' });
    expect(() => createRedactor({ packs: [], rules: ['a.yaml'], cwd: dir })).toThrow(/extends itself/);
  });

  test('an override of an id nobody defined is an error', () => {
    expect(() => createRedactor({ packs: [], rules: [{ rules: [{ id: 'nope', enabled: false }] }] })).toThrow(
      "<options.rules[0]>: rule 'nope': overrides nothing: no rule in force has this id, and it has no regex or keywords",
    );
  });
});
