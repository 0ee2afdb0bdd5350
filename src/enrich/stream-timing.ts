import type { LlmTiming } from './record';

/** Milliseconds since the Unix epoch; injectable so tests can drive time exactly. */
export type Clock = () => number;

/** `performance` is monotonic (immune to wall-clock steps) yet anchored to the epoch. */
export const systemClock: Clock = () => performance.timeOrigin + performance.now();

/**
 * The times one call's chunks reached its consumer. Every time is taken when the consumer receives
 * a chunk, never when the SDK resolves its promise (that happens when the HTTP headers arrive).
 */
export class StreamTiming {
  readonly startedAt: number;
  private firstChunk: number | undefined;
  private firstOutput: number | undefined;
  private lastChunk: number | undefined;
  private endedAt: number | undefined;
  private chunks = 0;
  private readonly gaps: number[] = [];

  constructor(private readonly clock: Clock) {
    this.startedAt = clock();
  }

  chunk(carriedOutput: boolean): void {
    const t = this.clock();
    if (this.lastChunk === undefined) this.firstChunk = t;
    else this.gaps.push(t - this.lastChunk);
    if (carriedOutput && this.firstOutput === undefined) this.firstOutput = t;
    this.lastChunk = t;
    this.chunks++;
  }

  /** The call is over (stream done, failed or abandoned, or the response arrived); first call wins. */
  end(): void {
    this.endedAt ??= this.clock();
  }

  /**
   * Seconds, as OpenTelemetry records durations. Output tokens/s is the generation speed between
   * the first and the last chunk (time to first chunk already reports queueing and prompt
   * processing); for a call with fewer than two chunks it is output tokens over the whole duration.
   */
  summary(outputTokens: number | undefined, streamed: boolean): LlmTiming {
    const end = this.endedAt ?? this.clock();
    const s = (ms: number) => ms / 1000;
    const timing: { -readonly [K in keyof LlmTiming]: LlmTiming[K] } = {
      startTime: new Date(this.startedAt).toISOString(),
      durationSeconds: s(end - this.startedAt),
    };
    if (streamed) timing.chunkCount = this.chunks;
    if (this.firstChunk !== undefined && this.lastChunk !== undefined) {
      timing.timeToFirstChunkSeconds = s(this.firstChunk - this.startedAt);
      timing.timeToLastChunkSeconds = s(this.lastChunk - this.startedAt);
    }
    if (this.firstOutput !== undefined) timing.timeToFirstTokenSeconds = s(this.firstOutput - this.startedAt);
    if (this.gaps.length > 0) {
      const sorted = [...this.gaps].sort((a, b) => a - b);
      // Nearest-rank median: always a gap that really occurred.
      timing.interChunkP50Seconds = s(sorted[Math.ceil(sorted.length / 2) - 1]!);
      timing.interChunkMaxSeconds = s(sorted[sorted.length - 1]!);
    }
    if (outputTokens !== undefined) {
      const window = this.chunks >= 2 ? this.lastChunk! - this.firstChunk! : end - this.startedAt;
      if (window > 0) timing.outputTokensPerSecond = outputTokens / s(window);
    }
    return timing;
  }
}
