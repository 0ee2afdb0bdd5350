"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.redactLogger = redactLogger;
const redact_format_1 = require("./redact-format");
/** Which scrubber a format built here ends with, so it is never wrapped twice by the same one. */
const endsWith = new WeakMap();
const guarded = new WeakSet();
/**
 * Puts every sink of `logger` behind one scrubber, so none can be forgotten. The scrubber runs
 * last in the logger's format, which covers transports without a format of their own, transports
 * added later, child loggers, profilers, and the exception and rejection handlers (winston hands
 * those the logger's output directly, skipping the transport's format). It also runs last in every
 * transport's own format, because those run after the logger's and may add data of their own.
 * Formats assigned later (`logger.configure`, `transport.format = …`) are wrapped the same way.
 * Returns the logger.
 */
function redactLogger(logger, source) {
    if (guarded.has(logger))
        throw new Error('scrubline: this logger is already behind redactLogger');
    guarded.add(logger);
    const scrub = (0, redact_format_1.redactFormat)(source);
    const last = (format) => (endsWith.get(format) === scrub ? format : then(format, scrub));
    const guardTransport = (transport) => {
        if (isTransport(transport))
            keepLast(transport, (f) => (f ? last(f) : undefined));
    };
    keepLast(logger, (f) => (f ? last(f) : scrub));
    for (const transport of logger.transports)
        guardTransport(transport);
    const add = logger.add;
    Object.defineProperty(logger, 'add', {
        configurable: true,
        writable: true,
        value(transport) {
            guardTransport(transport);
            return add.call(this, transport);
        },
    });
    return logger;
}
/** `first`, then the scrubber on what it returns; options are still `first`'s, as winston passes them. */
function then(first, scrub) {
    const format = {
        get options() {
            return first.options;
        },
        transform(info, opts) {
            const out = first.transform(info, opts);
            return typeof out === 'object' ? scrub.transform(out) : out;
        },
    };
    endsWith.set(format, scrub);
    return format;
}
/** Makes `target.format` an accessor that wraps whatever is assigned to it. */
function keepLast(target, wrap) {
    let current = wrap(target.format);
    Object.defineProperty(target, 'format', {
        configurable: true,
        enumerable: true,
        get: () => current,
        set(next) {
            // A child logger inherits this accessor, but logs through its parent's format: assigning one
            // to the child never had an effect in winston and must not replace the parent's.
            if (this !== target)
                Object.defineProperty(this, 'format', { value: next, writable: true, enumerable: true, configurable: true });
            else
                current = wrap(next);
        },
    });
}
/** Transports have `log`; the exception and rejection streams among a logger's pipes do not. */
function isTransport(value) {
    return typeof value === 'object' && value !== null && typeof value.log === 'function';
}
