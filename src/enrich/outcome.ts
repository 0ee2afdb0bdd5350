import type { LlmError, LlmOutcome } from './record';

/** Thrown by a tracked stream when no chunk arrived for `stallTimeoutMs` (SDK timeouts do not cover a stalled stream). */
export class StreamStallError extends Error {
  override readonly name = 'StreamStallError';
  constructor(readonly timeoutMs: number) {
    super(`no chunk for ${timeoutMs} ms: the stream stalled`);
  }
}

/**
 * The error's own name when it has one (`AbortError`, `TypeError`), else its class
 * (`RateLimitError`: SDK error classes keep the name `Error`).
 */
export function errorType(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  if (err.name !== '' && err.name !== 'Error') return err.name;
  return err.constructor?.name || 'Error';
}

export function describeError(err: unknown): LlmError {
  const message = err instanceof Error ? err.message : undefined;
  return { type: errorType(err), ...(message === undefined || message === '' ? {} : { message }) };
}

/** Aborts (the caller's AbortSignal, the SDK's user-abort error) and timeouts are not failures of the model. */
export function failureOutcome(err: unknown): LlmOutcome {
  const type = errorType(err);
  if (type === 'AbortError' || type === 'APIUserAbortError') return 'aborted';
  if (err instanceof StreamStallError || type.includes('Timeout')) return 'timeout';
  return 'error';
}
