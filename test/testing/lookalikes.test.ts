import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as kit from '../../src/testing/index';

describe('lookalikes', () => {
  it('timestamps are times: epoch seconds or milliseconds in 2000-2038, or dates that parse', () => {
    fc.assert(
      fc.property(kit.timestamp(), (t) => {
        if (/^\d+$/.test(t)) {
          const ms = Number(t) > 1e11 ? Number(t) : Number(t) * 1000;
          expect(ms).toBeGreaterThanOrEqual(Date.UTC(2000, 0, 1));
          expect(ms).toBeLessThan(Date.UTC(2038, 0, 20));
        } else if (/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d$/.test(t)) {
          // syslog time: no year, nothing to parse it against
        } else {
          expect(Number.isNaN(Date.parse(t.replace(/^[A-Z][a-z]{2} (\d{4})/, '$1')))).toBe(false);
        }
      }),
    );
  });

  it('UUIDs, semver, git SHAs and digests have their shapes', () => {
    fc.assert(fc.property(kit.uuid(), (u) => {
      expect(u).toMatch(/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i);
    }));
    fc.assert(fc.property(kit.semver(), (v) => {
      expect(v).toMatch(/^v?\d+\.\d+\.\d+(-(alpha|beta|rc)\.\d+)?(\+build\.\d+)?$/);
    }));
    fc.assert(fc.property(kit.gitSha(), (s) => {
      expect(s).toMatch(/^[0-9a-f]{7,12}$|^[0-9a-f]{40}$/);
    }));
    fc.assert(fc.property(kit.hexDigest(), (s) => {
      expect([32, 40, 64]).toContain(s.length);
    }));
  });

  it('prices and order numbers carry their currency or label', () => {
    fc.assert(fc.property(kit.price(), (p) => {
      expect(p).toMatch(/^[$€£]\d{1,3}(,\d{3})*\.\d\d$|^EUR \d|USD$/);
    }));
    fc.assert(fc.property(kit.orderNumber(), (o) => {
      expect(o).toMatch(/^(order #|invoice |build |PR #|ticket INC|job-)\d{4,12}$/);
    }));
  });

  it('lookalike() draws from every family', () => {
    const seen = fc.sample(kit.lookalike(), { numRuns: 3000, seed: 1 });
    expect(seen.some((v) => /^\d{8}-\d{4}-/.test(v) || /^[0-9a-f]{8}-/i.test(v))).toBe(true);
    expect(seen.some((v) => /T\d\d:\d\d:\d\d/.test(v))).toBe(true);
    expect(seen.some((v) => v.startsWith('sk-learn') || v === 'sk-learn')).toBe(true);
    expect(seen.some((v) => /^[A-Z]{2}\d{2}/.test(v))).toBe(true);
  });
});
