import { expect, test } from 'vitest';
import { StreamTiming } from '../../src/enrich/stream-timing';
import { fakeClock } from '../support/llm-streams';

function run(gaps: readonly number[], outputTokens?: number, endAfter = 0) {
  const clock = fakeClock(0);
  const timing = new StreamTiming(clock.now);
  for (const gap of gaps) {
    clock.advance(gap);
    timing.chunk(true);
  }
  clock.advance(endAfter);
  timing.end();
  return timing.summary(outputTokens, true);
}

test('the median inter-chunk gap is the nearest-rank one: a gap that really occurred', () => {
  expect(run([100, 10, 30, 20]).interChunkP50Seconds).toBe(0.02); // gaps 10 30 20 → 20
  expect(run([100, 10, 40, 20, 30]).interChunkP50Seconds).toBe(0.02); // gaps 10 40 20 30 → lower middle 20
  expect(run([100, 10, 40, 20, 30]).interChunkMaxSeconds).toBe(0.04);
});

test('tokens per second run between the first and the last chunk; with one chunk, over the whole call', () => {
  expect(run([500, 100, 100, 200], 40).outputTokensPerSecond).toBe(100); // 40 tokens in 0.4 s
  expect(run([500], 10, 500).outputTokensPerSecond).toBe(10); // 10 tokens in 1 s
  expect(run([]).chunkCount).toBe(0);
  expect(run([]).timeToFirstChunkSeconds).toBeUndefined();
});

test('the first call to end() fixes the duration', () => {
  const clock = fakeClock(0);
  const timing = new StreamTiming(clock.now);
  clock.advance(300);
  timing.end();
  clock.advance(700);
  timing.end();
  expect(timing.summary(undefined, false)).toEqual({ startTime: '1970-01-01T00:00:00.000Z', durationSeconds: 0.3 });
});

test('time to first token waits for a chunk that carried output', () => {
  const clock = fakeClock(0);
  const timing = new StreamTiming(clock.now);
  clock.advance(100);
  timing.chunk(false); // role chunk
  clock.advance(150);
  timing.chunk(true);
  expect(timing.summary(undefined, true)).toMatchObject({ timeToFirstChunkSeconds: 0.1, timeToFirstTokenSeconds: 0.25 });
});
