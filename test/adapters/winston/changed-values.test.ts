import { describe, expect, it } from 'vitest';
import { changedValues } from '../../../adapters/winston/changed-values';
import { createRedactor } from '../../../src/index';
import { EMAIL, OPTIONS, RULES } from './fixture';

const redactor = createRedactor({ ...OPTIONS, rules: [RULES, { keys: ['auth', 'pin', 'callback'] }] });

describe('changedValues', () => {
  it('pairs each value the redaction changed with its replacement, longest first', () => {
    const before = { message: `hello ${EMAIL}`, user: { email: EMAIL, plan: 'pro' }, pin: 482913, [Symbol.for('splat')]: [EMAIL] };
    const after = redactor.redactValue(before);
    expect(changedValues(before, after)).toEqual([
      { key: 'message', from: `hello ${EMAIL}`, to: 'hello [EMAIL]', bare: false },
      { key: 'email', from: EMAIL, to: '[EMAIL]', bare: false },
      { key: undefined, from: EMAIL, to: '[EMAIL]', bare: false },
      { key: 'pin', from: '482913', to: '[REDACTED]', bare: true },
    ]);
  });

  it('gives every value of a container hidden whole, and what toJSON wrote for an object', () => {
    const before = { auth: { user: 'svc', tries: [1234, 'x'] }, callback: new URL('https://hooks.example.org/cb') };
    const after = redactor.redactValue(before);
    expect(changedValues(before, after)).toEqual([
      { key: 'callback', from: 'https://hooks.example.org/cb', to: '[REDACTED]', bare: false },
      { key: undefined, from: '1234', to: '[REDACTED]', bare: true },
      { key: 'user', from: 'svc', to: '[REDACTED]', bare: false },
      { key: undefined, from: 'x', to: '[REDACTED]', bare: false },
    ]);
  });

  it('does not walk what the redaction shared, nor the level or the finished line', () => {
    const shared = {
      get deep(): string {
        throw new Error('a shared subtree must not be read again');
      },
    };
    const before = { level: 'info', [Symbol.for('message')]: EMAIL, clean: shared, message: EMAIL };
    const after = { ...before, level: '[REDACTED]', [Symbol.for('message')]: '[EMAIL]', message: '[EMAIL]' };
    expect(changedValues(before, after)).toEqual([{ key: 'message', from: EMAIL, to: '[EMAIL]', bare: false }]);
  });
});
