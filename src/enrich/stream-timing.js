"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StreamTiming = exports.systemClock = void 0;
/** `performance` is monotonic (immune to wall-clock steps) yet anchored to the epoch. */
const systemClock = () => performance.timeOrigin + performance.now();
exports.systemClock = systemClock;
/**
 * The times one call's chunks reached its consumer. Every time is taken when the consumer receives
 * a chunk, never when the SDK resolves its promise (that happens when the HTTP headers arrive).
 */
class StreamTiming {
    clock;
    startedAt;
    firstChunk;
    firstOutput;
    lastChunk;
    endedAt;
    chunks = 0;
    gaps = [];
    constructor(clock) {
        this.clock = clock;
        this.startedAt = clock();
    }
    chunk(carriedOutput) {
        const t = this.clock();
        if (this.lastChunk === undefined)
            this.firstChunk = t;
        else
            this.gaps.push(t - this.lastChunk);
        if (carriedOutput && this.firstOutput === undefined)
            this.firstOutput = t;
        this.lastChunk = t;
        this.chunks++;
    }
    /** The call is over (stream done, failed or abandoned, or the response arrived); first call wins. */
    end() {
        this.endedAt ??= this.clock();
    }
    /**
     * Seconds, as OpenTelemetry records durations. Output tokens/s is the generation speed between
     * the first and the last chunk (time to first chunk already reports queueing and prompt
     * processing); for a call with fewer than two chunks it is output tokens over the whole duration.
     */
    summary(outputTokens, streamed) {
        const end = this.endedAt ?? this.clock();
        const s = (ms) => ms / 1000;
        const timing = {
            startTime: new Date(this.startedAt).toISOString(),
            durationSeconds: s(end - this.startedAt),
        };
        if (streamed)
            timing.chunkCount = this.chunks;
        if (this.firstChunk !== undefined && this.lastChunk !== undefined) {
            timing.timeToFirstChunkSeconds = s(this.firstChunk - this.startedAt);
            timing.timeToLastChunkSeconds = s(this.lastChunk - this.startedAt);
        }
        if (this.firstOutput !== undefined)
            timing.timeToFirstTokenSeconds = s(this.firstOutput - this.startedAt);
        if (this.gaps.length > 0) {
            const sorted = [...this.gaps].sort((a, b) => a - b);
            // Nearest-rank median: always a gap that really occurred.
            timing.interChunkP50Seconds = s(sorted[Math.ceil(sorted.length / 2) - 1]);
            timing.interChunkMaxSeconds = s(sorted[sorted.length - 1]);
        }
        if (outputTokens !== undefined) {
            const window = this.chunks >= 2 ? this.lastChunk - this.firstChunk : end - this.startedAt;
            if (window > 0)
                timing.outputTokensPerSecond = outputTokens / s(window);
        }
        return timing;
    }
}
exports.StreamTiming = StreamTiming;
