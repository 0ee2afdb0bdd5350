import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inJson, plantedValues, type JsonPlacement } from '../../../src/testing/index';

/** Every string in a parsed JSON value, keys included. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(k), strings(x, out);
  return out;
}

const awkward = fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('jane@x.io', 'say "hi"\n', 'C:\\path', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----'));

describe('inJson', () => {
  it.each(['value', 'embedded', 'key'] as JsonPlacement[])('%s: valid JSON that holds the value, the span on its escaped form', (placement) => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (value) => {
        const [planted] = fc.sample(inJson(fc.constant(value), { placement }), 1);
        const parsed = JSON.parse(planted!.text) as unknown;
        expect(strings(parsed).some((s) => (placement === 'embedded' ? s.includes(value) : s === value))).toBe(true);
        expect(plantedValues(planted!)).toEqual([JSON.stringify(value).slice(1, -1)]);
      }),
    );
  });

  it('nested-json: a JSON string holding a JSON document holding the value, escaped twice', () => {
    fc.assert(
      fc.property(awkward, (value) => {
        const [planted] = fc.sample(inJson(fc.constant(value), { placement: 'nested-json' }), 1);
        const args = strings(JSON.parse(planted!.text)).find((s) => s.startsWith('{'))!;
        expect(strings(JSON.parse(args))).toContain(value);
        expect(plantedValues(planted!)).toEqual([JSON.stringify(JSON.stringify(value).slice(1, -1)).slice(1, -1)]);
      }),
    );
  });

  it('looks like a pino line: level, time, msg', () => {
    const [planted] = fc.sample(inJson(fc.constant('x')), 1);
    expect(JSON.parse(planted!.text)).toMatchObject({ level: expect.any(Number), time: expect.any(Number), msg: expect.any(String) });
  });
});
