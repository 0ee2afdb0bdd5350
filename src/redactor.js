"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REDACTION_FAILED = void 0;
exports.createRedactor = createRedactor;
const overlaps_1 = require("./detect/overlaps");
const scan_1 = require("./detect/scan");
const policy_from_options_1 = require("./policy-from-options");
const stream_1 = require("./redact/stream");
const stream_iterable_1 = require("./redact/stream-iterable");
const stream_transform_1 = require("./redact/stream-transform");
const markers_1 = require("./redact/markers");
Object.defineProperty(exports, "REDACTION_FAILED", { enumerable: true, get: function () { return markers_1.REDACTION_FAILED; } });
const record_rules_1 = require("./redact/record-rules");
const text_1 = require("./redact/text");
const value_1 = require("./redact/value");
/**
 * Builds a redactor: loads and validates every rule source, compiles them once into a policy,
 * and throws a RuleFileError (file, rule id, line, column, reason) before anything is half-built.
 * Synchronous, so it can run where winston builds its formats.
 */
function createRedactor(options = {}) {
    const built = (0, policy_from_options_1.policyFromOptions)(options);
    let policy = built.policy;
    const report = rateLimited(options.onError ?? ((err) => process.emitWarning(err.message, { code: 'SCRUBLINE_REDACTION_FAILED' })));
    /** Rebuilds the engine after a failure; keeps the old policy if even that fails. */
    const rebuild = () => {
        try {
            policy = built.rebuild();
        }
        catch {
            // The next call fails closed again rather than crashing the app.
        }
    };
    const reason = (err) => (err instanceof Error ? err : new Error(String(err)));
    /**
     * Runs detection. On an engine failure the engine is rebuilt: re2-wasm aborts when its fixed
     * heap runs out, and a fresh instance has room again. A call without state (`retry`) is then
     * tried once more, so a heap that filled up over time costs no record; only when the retry
     * fails too is the value withheld.
     */
    const guarded = (fn, onFailure, retry = false) => {
        try {
            return fn(policy);
        }
        catch (first) {
            rebuild();
            if (retry) {
                try {
                    const result = fn(policy);
                    report(new Error(`scrubline: the engine failed and was rebuilt; the value was redacted on a retry: ${reason(first).message}`, { cause: first }));
                    return result;
                }
                catch (second) {
                    rebuild();
                    report(new Error(`scrubline: redaction failed, value withheld: ${reason(second).message}`, { cause: second }));
                    return onFailure();
                }
            }
            report(new Error(`scrubline: redaction failed, value withheld: ${reason(first).message}`, { cause: first }));
            return onFailure();
        }
    };
    const resolve = (p, text) => (0, overlaps_1.resolveOverlaps)((0, scan_1.detect)(p, text));
    const createStream = () => (0, stream_1.createRedactionStream)(guarded, markers_1.REDACTION_FAILED);
    const redact = (text) => guarded((p) => (0, text_1.applyMasks)(text, resolve(p, text)), () => markers_1.REDACTION_FAILED, true);
    const redactValue = (0, value_1.createValueRedactor)((0, record_rules_1.compileRecordRules)(policy, options.records), (text) => guarded((p) => resolve(p, text), () => undefined, true), report);
    return {
        get engine() {
            return policy.engine.name;
        },
        redact(text) {
            if (typeof text !== 'string')
                throw new TypeError(`redact() takes a string, got ${typeof text}`);
            return redact(text);
        },
        scan(text) {
            if (typeof text !== 'string')
                throw new TypeError(`scan() takes a string, got ${typeof text}`);
            return guarded((p) => resolve(p, text).map(toFinding), () => [{ rule: 'scrubline', type: 'REDACTION_FAILED', start: 0, end: text.length }], true);
        },
        explain(text) {
            if (typeof text !== 'string')
                throw new TypeError(`explain() takes a string, got ${typeof text}`);
            const rejected = [];
            const onReject = (r) => rejected.push({ ...toFinding({ winner: r, start: r.start, end: r.end }), reason: r.reason });
            try {
                const findings = (0, overlaps_1.resolveOverlaps)((0, scan_1.detect)(policy, text, onReject)).map(toFinding);
                return { findings, rejected: rejected.sort((a, b) => a.start - b.start) };
            }
            catch (err) {
                // A debugging call: say what failed rather than withhold, but leave a working engine.
                rebuild();
                throw err;
            }
        },
        createStream,
        stream(options) {
            return (0, stream_transform_1.redactTransform)(createStream(), options);
        },
        redactIterable(source) {
            return (0, stream_iterable_1.redactChunks)(source, createStream, redact);
        },
        redactValue,
    };
}
function toFinding(r) {
    return { rule: r.winner.rule.id, type: r.winner.rule.type, start: r.start, end: r.end };
}
/** At most one report a second, so a failing engine cannot flood the app's error channel. */
function rateLimited(fn) {
    let last = -Infinity;
    return (err) => {
        const now = Date.now();
        if (now - last < 1000)
            return;
        last = now;
        try {
            fn(err);
        }
        catch {
            // A throwing error handler must not turn a withheld value into a crash.
        }
    };
}
