import { describe, expect, test } from 'vitest';
import { baseModel, costOf, DEFAULT_PRICING, DEFAULT_PRICING_DATE, priceFor } from '../../src/enrich/pricing';

describe('model ids', () => {
  test.each([
    ['gpt-4o-2024-08-06', 'gpt-4o'],
    ['gpt-4o-mini-2024-07-18', 'gpt-4o-mini'],
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'],
    ['claude-3-5-haiku-latest', 'claude-3-5-haiku'],
    ['gpt-4o', 'gpt-4o'],
    ['o3', 'o3'],
    ['model-2024-8-06', 'model-2024-8-06'],
    ['x-1234567', 'x-1234567'],
  ])('%s → %s', (id, base) => expect(baseModel(id)).toBe(base));

  test('your table before the built-in one, for either model name; exact id before the dated one', () => {
    const mine = { 'gpt-4o': { input: 1, output: 1 }, 'my-deployment': { input: 9, output: 9 } };
    expect(priceFor(['gpt-4o-2024-08-06'], mine)).toBe(mine['gpt-4o']);
    expect(priceFor(['gpt-4o-2024-08-06', 'my-deployment'], mine)).toBe(mine['gpt-4o']);
    expect(priceFor(['gpt-4.1-2025-04-14', 'my-deployment'], mine)).toBe(mine['my-deployment']);
    expect(priceFor(['gpt-4.1-2025-04-14'])).toBe(DEFAULT_PRICING['gpt-4.1']);
    expect(priceFor([undefined, 'unknown-model'])).toBeUndefined();
  });

  test("ids that are Object's own members find nothing", () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(priceFor([id])).toBeUndefined();
  });

  test('the built-in table is dated and every price is a positive number', () => {
    expect(DEFAULT_PRICING_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const p of Object.values(DEFAULT_PRICING)) for (const v of Object.values(p)) expect(v).toBeGreaterThan(0);
  });
});

describe('cost', () => {
  test('OpenAI-style usage: cached tokens are part of the input count and cost the cached price', () => {
    // 1000 input of which 400 cached, 500 output, at $2.50 / $1.25 cached / $10 per million
    const cost = costOf({ inputTokens: 1000, cacheReadInputTokens: 400, outputTokens: 500 }, { input: 2.5, cachedInput: 1.25, output: 10 })!;
    expect(cost.input).toBeCloseTo(0.002, 15); // 600 × 2.5 + 400 × 1.25 = 2000 per million
    expect(cost.output).toBeCloseTo(0.005, 15);
    expect(cost.total).toBeCloseTo(0.007, 15);
  });

  test('cache writes cost the cache-write price; without cached prices everything costs the input price', () => {
    const usage = { inputTokens: 1300, cacheReadInputTokens: 1000, cacheCreationInputTokens: 200, outputTokens: 50 };
    // 100 × 3 + 1000 × 0.30 + 200 × 3.75 = 1350 per million; 50 × 15 = 750 per million
    expect(costOf(usage, { input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15 })!.total).toBeCloseTo(0.0021, 15);
    expect(costOf(usage, { input: 3, output: 15 })!.input).toBeCloseTo((1300 * 3) / 1e6, 15);
  });

  test('costs are rounded to 1e-12: no float noise in log lines', () => {
    expect(costOf({ inputTokens: 21, outputTokens: 19 }, { input: 0.15, output: 0.6 })).toEqual({ input: 0.00000315, output: 0.0000114, total: 0.00001455 });
  });

  test('no counts, no cost; one side missing counts as zero', () => {
    expect(costOf({}, { input: 1, output: 1 })).toBeUndefined();
    expect(costOf({ outputTokens: 2_000_000 }, { input: 1, output: 4 })).toEqual({ input: 0, output: 8, total: 8 });
  });
});
