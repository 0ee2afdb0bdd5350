"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CallTracker = void 0;
const complete_record_1 = require("./complete-record");
const observe_1 = require("./observe");
const otel_context_1 = require("./otel-context");
const outcome_1 = require("./outcome");
const request_1 = require("./request");
const response_state_1 = require("./response-state");
const run_metadata_1 = require("./run-metadata");
const stream_timing_1 = require("./stream-timing");
/** The object without its undefined values, or undefined when nothing is left. */
function nonEmpty(o) {
    const out = (0, request_1.dropUndefined)(o);
    return Object.keys(out).length === 0 ? undefined : out;
}
/** One model call from start to record; nothing it does may disturb the caller's response. */
class CallTracker {
    options;
    timing;
    state = new response_state_1.ResponseState();
    described = { params: {}, input: undefined, toolNames: [] };
    startContext;
    streamed = false;
    iterating = false;
    done = false;
    constructor(options) {
        this.options = options;
        this.timing = new stream_timing_1.StreamTiming(options.clock ?? stream_timing_1.systemClock);
        const runId = options.runId ?? (0, run_metadata_1.newRunId)();
        this.startContext = { run: { runId } };
        // Ids and context are taken now: by the time the stream ends, another span may be active.
        // Odd input (a request with throwing getters) costs the record detail, never the call.
        try {
            this.described = (0, request_1.describeRequest)(options.request);
            this.startContext = {
                run: (0, request_1.dropUndefined)({ runId, ...(0, otel_context_1.activeTraceIds)(), conversationId: options.conversationId }),
                ...(options.app === false ? {} : { app: (0, run_metadata_1.appContext)(options.app) }),
            };
        }
        catch (err) {
            this.report(err);
        }
    }
    /** A non-streamed response arrived. */
    response(value) {
        this.guard(() => {
            this.timing.end();
            (0, observe_1.observeResponseValue)(this.state, value);
            this.emit(this.state.error === undefined ? 'completed' : 'error', this.state.error);
        });
    }
    /** The request (or the stream) failed: the error is the caller's to handle; here it is only recorded. */
    fail(err) {
        this.guard(() => {
            this.timing.end();
            this.emit((0, outcome_1.failureOutcome)(err), (0, outcome_1.describeError)(err));
        });
    }
    /**
     * Wraps the first iteration of the stream; TTFT is taken when the consumer receives a chunk. A
     * second iteration (SDK streams refuse one anyway) passes through unmeasured.
     */
    iterate(inner) {
        if (this.iterating)
            return inner;
        this.iterating = true;
        this.streamed = true;
        const tracker = this;
        const wrapped = {
            async next(...args) {
                if (tracker.done)
                    return inner.next(...args);
                let result;
                try {
                    result = await tracker.withStallTimeout(inner.next(...args), inner);
                }
                catch (err) {
                    tracker.fail(err);
                    throw err;
                }
                if (result.done === true)
                    tracker.ended();
                else
                    tracker.chunk(result.value);
                return result;
            },
            async return(value) {
                tracker.cancelled();
                return typeof inner.return === 'function' ? inner.return(value) : { done: true, value };
            },
            [Symbol.asyncIterator]() {
                return this;
            },
        };
        if (typeof inner.throw === 'function') {
            wrapped.throw = async (err) => {
                tracker.fail(err);
                return inner.throw(err);
            };
        }
        return wrapped;
    }
    /** Reports a problem of the tracker itself; never throws. */
    report(err) {
        const error = err instanceof Error ? err : new Error(String(err));
        try {
            if (this.options.onError !== undefined)
                this.options.onError(error);
            else
                process.emitWarning(`scrubline: LLM call record failed: ${error.message}`, { code: 'SCRUBLINE_LLM_RECORD_FAILED' });
        }
        catch {
            // A throwing error handler must not reach the model call.
        }
    }
    chunk(value) {
        this.guard(() => {
            let carried = false;
            try {
                carried = (0, observe_1.observeChunk)(this.state, value);
            }
            finally {
                this.timing.chunk(carried);
            }
        });
    }
    ended() {
        this.guard(() => {
            this.timing.end();
            if (this.state.error !== undefined)
                this.emit('error', this.state.error);
            else if (this.state.format !== undefined && this.state.format !== 'text' && !this.state.ended)
                this.emit('truncated', undefined);
            else
                this.emit('completed', undefined);
        });
    }
    /** The consumer stopped reading: a `break` after the provider's end event still completed the call. */
    cancelled() {
        if (this.done)
            return;
        this.guard(() => {
            this.timing.end();
            this.emit(this.state.ended ? 'completed' : 'cancelled', undefined);
        });
    }
    withStallTimeout(next, inner) {
        const ms = this.options.stallTimeoutMs;
        if (ms === undefined)
            return next;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                // Closing the SDK iterator aborts its HTTP request.
                try {
                    void Promise.resolve(inner.return?.()).catch(() => undefined);
                }
                catch {
                    // The stream is being abandoned either way.
                }
                reject(new outcome_1.StreamStallError(ms));
            }, ms);
            next.then((r) => {
                clearTimeout(timer);
                resolve(r);
            }, (e) => {
                clearTimeout(timer);
                reject(e);
            });
        });
    }
    guard(fn) {
        if (this.done)
            return;
        try {
            fn();
        }
        catch (err) {
            this.report(err);
        }
    }
    emit(outcome, error) {
        if (this.done)
            return;
        this.done = true;
        const { options, state, described } = this;
        const provider = options.provider ?? state.provider();
        const operation = options.operation ?? 'chat';
        const u = state.usage;
        const usage = nonEmpty({
            inputTokens: u.input,
            outputTokens: u.output,
            cacheReadInputTokens: u.cacheRead,
            cacheCreationInputTokens: u.cacheCreation,
            reasoningOutputTokens: u.reasoning,
        });
        const output = state.messages();
        const finishReasons = state.finishReasons();
        const draft = (0, request_1.dropUndefined)({
            provider,
            operation,
            request: nonEmpty(described.params),
            response: nonEmpty({ id: state.id, model: state.model, finishReasons: finishReasons.length > 0 ? finishReasons : undefined }),
            usage,
            outcome,
            error,
            input: described.input,
            output: output.length > 0 ? output : undefined,
            ...this.startContext,
            prompt: options.prompt,
            configHash: (0, run_metadata_1.configHash)({ provider, operation, params: described.params, prompt: options.prompt, toolNames: described.toolNames }),
            rag: options.rag,
        });
        const record = (0, complete_record_1.completeRecord)(draft, options);
        const final = { ...record, timing: this.timing.summary(record.usage?.outputTokens, this.streamed) };
        try {
            options.onRecord(final);
        }
        catch (err) {
            this.report(err);
        }
    }
}
exports.CallTracker = CallTracker;
