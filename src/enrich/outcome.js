"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StreamStallError = void 0;
exports.errorType = errorType;
exports.describeError = describeError;
exports.failureOutcome = failureOutcome;
/** Thrown by a tracked stream when no chunk arrived for `stallTimeoutMs` (SDK timeouts do not cover a stalled stream). */
class StreamStallError extends Error {
    timeoutMs;
    name = 'StreamStallError';
    constructor(timeoutMs) {
        super(`no chunk for ${timeoutMs} ms: the stream stalled`);
        this.timeoutMs = timeoutMs;
    }
}
exports.StreamStallError = StreamStallError;
/**
 * The error's own name when it has one (`AbortError`, `TypeError`), else its class
 * (`RateLimitError`: SDK error classes keep the name `Error`).
 */
function errorType(err) {
    if (!(err instanceof Error))
        return typeof err;
    if (err.name !== '' && err.name !== 'Error')
        return err.name;
    return err.constructor?.name || 'Error';
}
function describeError(err) {
    const message = err instanceof Error ? err.message : undefined;
    return { type: errorType(err), ...(message === undefined || message === '' ? {} : { message }) };
}
/** Aborts (the caller's AbortSignal, the SDK's user-abort error) and timeouts are not failures of the model. */
function failureOutcome(err) {
    const type = errorType(err);
    if (type === 'AbortError' || type === 'APIUserAbortError')
        return 'aborted';
    if (err instanceof StreamStallError || type.includes('Timeout'))
        return 'timeout';
    return 'error';
}
