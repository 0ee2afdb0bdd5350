import * as fc from 'fast-check';
import { test } from 'vitest';
import { createRedactor } from '../../src/index';
import * as t from '../../src/testing/index';
const r = createRedactor({ engine: 're2' });
const report = (name: string, fn: () => void) => { try { fn(); console.log('PASS', name); } catch (e) { console.log('FAIL', name, '\n', (e as Error).message.split('\n').slice(0, 7).join('\n ')); } };
const raw = (v: fc.Arbitrary<t.Sample>) => fc.oneof(t.inProse(v), t.inJson(v), t.inUrl(v, { encoding: 'raw' }), t.inStackTrace(v));
test('explore', () => {
  for (const c of t.PHONE_COUNTRIES) for (const f of t.PHONE_FORMATS) report(`phone ${c} ${f}`, () => t.expectNoLeak(r, raw(t.phone({ country: c, format: f })), { seed: 1, numRuns: 300 }));
  const looks = { luhnInvalidCard: t.luhnInvalidCard(), badChecksumIban: t.badChecksumIban(), invalidSsn: t.invalidSsn(), ipv4L: t.ipv4Lookalike(), ipv6L: t.ipv6Lookalike(), emailL: t.emailLookalike(), timestamp: t.timestamp(), uuid: t.uuid(), semver: t.semver(), gitSha: t.gitSha(), hexDigest: t.hexDigest(), orderNumber: t.orderNumber(), price: t.price(), measurement: t.measurement(), prefixWord: t.prefixWord() };
  for (const [k, v] of Object.entries(looks)) report(`untouched ${k}`, () => t.expectUntouched(r, t.inLogLine(v), { seed: 1, numRuns: 500 }));
  for (const k of ['EMAIL','CREDIT_CARD','IBAN','US_SSN','IPV4','AWS_ACCESS_KEY','OPENAI_API_KEY','JWT','PRIVATE_KEY','BEARER_TOKEN'] as const) {
    report(`noLeak raw ${k}`, () => t.expectNoLeak(r, raw(t.entity(k)), { seed: 2, numRuns: 300 }));
    report(`idem raw ${k}`, () => t.expectIdempotent(r, raw(t.entity(k)), { seed: 2, numRuns: 300 }));
  }
  report(`noLeak raw gh classic`, () => t.expectNoLeak(r, raw(t.githubToken({kind:'classic'})), { seed: 2, numRuns: 300 }));
});
