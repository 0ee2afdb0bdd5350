import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index';
import { VALIDATOR_NAMES } from '../../src/validators/index';

describe('validator registry', () => {
  it.each([...VALIDATOR_NAMES])('a rule file can name %s', (name) => {
    expect(() => createRedactor({ packs: [], rules: [{ rules: [{ id: 'r', type: 'T', regex: 'x', validate: [name] }] }] })).not.toThrow();
  });
  it('refuses a name that is not registered, pointing at the rule', () => {
    expect(() => createRedactor({ packs: [], rules: [{ rules: [{ id: 'r', type: 'T', regex: 'x', validate: ['luhnn' as 'luhn'] }] }] })).toThrow(/rule 'r'.*validate/);
  });
});
