import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { email, emailLookalike } from '../../../src/testing/index';

describe('email', () => {
  it('is one local part, one @, and a dotted domain ending in a TLD', () => {
    fc.assert(
      fc.property(email(), (e) => {
        const [local, domain, ...rest] = e.split('@');
        expect(rest).toEqual([]);
        expect(local).toMatch(/^[A-Za-z0-9]+([._-][a-z0-9]+)*(\+[a-z0-9]+)?$/);
        expect(domain).toMatch(/^([a-z0-9]+(-[a-z0-9]+)?\.)+[a-z]{2,}(\.[a-z]{2,})?$/);
      }),
    );
  });
});

describe('emailLookalike', () => {
  it('has no local part before @ and a domain after it, or spells the address out', () => {
    fc.assert(
      fc.property(emailLookalike(), (e) => {
        expect(/[A-Za-z0-9]@[a-z0-9-]+\.[a-z]{2,}\b/.test(e)).toBe(false);
      }),
    );
  });
});
