import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index';
import { expectIdempotent, gitSha, inProse } from '../../src/testing/index';
import { failureOf } from './failure-of';

const hexIds = (mask: 'hash' | 'label') =>
  createRedactor({ packs: [], hmacKey: 'test-key', rules: [{ rules: [{ id: 'hex-id', type: 'HEX_ID', regex: '\\b[0-9a-f]{6,40}\\b', mask }] }] });

describe('expectIdempotent', () => {
  it('passes when the masks are not findings themselves', () => {
    expect(() => expectIdempotent(hexIds('label'), inProse(gitSha()), { seed: 4 })).not.toThrow();
  });

  it('fails when a mask produces text its own rule matches, with the shrunk counterexample in the message', () => {
    // Broken on purpose: `[HEX_ID:3fa2b1]` holds six hex digits, which the rule hashes again.
    const broken = hexIds('hash');
    const err = failureOf(() => expectIdempotent(broken, inProse(gitSha()), { seed: 4 }));
    const example = err.counterexample as { text: string };
    const once = broken.redact(example.text);
    expect(broken.redact(once)).not.toBe(once);
    expect(err.message).toContain('expectIdempotent failed: redacting the redacted text changed it again');
    expect(err.message).toContain(`once:   ${JSON.stringify(once)}`);
    expect(err.message).toContain(`twice:  ${JSON.stringify(broken.redact(once))}`);
    expect(err.message).toContain(`Counterexample (shrunk `);
    expect(err.message).toContain(JSON.stringify(example.text));
  });
});
