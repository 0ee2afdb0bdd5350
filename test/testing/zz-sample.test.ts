import * as fc from 'fast-check';
import { test } from 'vitest';
import * as t from '../../src/testing/index';
test('sample', () => {
  for (const type of t.ENTITY_TYPES) console.log(type, fc.sample(t.entity(type), { numRuns: 3, seed: 1 }).map((x) => JSON.stringify(x)).join('\n   '));
  console.log('LOOK', fc.sample(t.lookalike(), { numRuns: 12, seed: 2 }));
  console.log('PHONE', fc.sample(t.phone(), { numRuns: 12, seed: 3 }));
  console.log('IPV6', fc.sample(t.ipv6(), { numRuns: 12, seed: 3 }));
  for (const s of fc.sample(t.inLogLine(t.email()), { numRuns: 8, seed: 4 })) console.log(JSON.stringify(s));
});
