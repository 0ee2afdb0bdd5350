"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trackLlmCall = trackLlmCall;
const call_tracker_1 = require("./call-tracker");
const isThenable = (v) => (typeof v === 'object' || typeof v === 'function') && v !== null && typeof v.then === 'function';
const isAsyncIterable = (v) => (typeof v === 'object' || typeof v === 'function') && v !== null && typeof v[Symbol.asyncIterator] === 'function';
/**
 * Measures iteration of `stream` on the stream object itself: the caller keeps the very object the
 * SDK made (its class, private fields, `controller`, `tee()`, `toReadableStream()`, which iterate
 * through the same method). A frozen object cannot take the method: the caller gets an object that
 * inherits from it instead.
 */
function instrument(stream, tracker) {
    const original = stream[Symbol.asyncIterator];
    const method = {
        configurable: true,
        writable: true,
        value() {
            return tracker.iterate(original.call(this === derived ? stream : this));
        },
    };
    let derived;
    try {
        Object.defineProperty(stream, Symbol.asyncIterator, method);
        return stream;
    }
    catch {
        derived = Object.create(stream, { [Symbol.asyncIterator]: method });
        return derived;
    }
}
/**
 * Tracks one model call and returns it unchanged: the SDK's own promise (an `APIPromise` keeps
 * `.withResponse()`), its stream object, or a plain async iterable of chunks (OpenAI chat chunks,
 * Responses events, Anthropic events, or strings). When the call ends, `onRecord` receives tokens,
 * time to first and last chunk, cost and run metadata. Errors, aborts and timeouts are recorded and
 * reach the caller as they were; a consumer that stops reading early still produces a record.
 *
 * Call it in the same expression as the SDK call: the start time is taken here.
 */
function trackLlmCall(call, options) {
    const tracker = new call_tracker_1.CallTracker(options);
    if (isThenable(call)) {
        // Registered before the caller can await: this reaction runs first, so the stream the caller
        // receives is already instrumented, and the caller's promise is the one it had.
        try {
            call.then((value) => {
                if (isAsyncIterable(value)) {
                    const tracked = instrument(value, tracker);
                    if (tracked !== value)
                        tracker.report(new Error('the stream is frozen and was not measured'));
                }
                else
                    tracker.response(value);
            }, (err) => tracker.fail(err));
        }
        catch (err) {
            tracker.report(err);
        }
        return call;
    }
    if (isAsyncIterable(call))
        return instrument(call, tracker);
    tracker.response(call);
    return call;
}
