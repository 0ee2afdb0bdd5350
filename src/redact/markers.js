"use strict";
/**
 * Strings that stand in for values. Bracketed like the labels, so a reader of the log sees at once
 * that something was replaced and why.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_CENSOR = exports.TRUNCATED = exports.CIRCULAR = exports.UNREADABLE = exports.REDACTION_FAILED = void 0;
/** A value whose redaction failed: the original is never returned. */
exports.REDACTION_FAILED = '[REDACTION_FAILED]';
/** A property whose getter (or Proxy trap, or toJSON) threw. */
exports.UNREADABLE = '[Unreadable]';
/** A reference back to an object that contains it. */
exports.CIRCULAR = '[Circular]';
/** A container nested deeper than `records.maxDepth`. */
exports.TRUNCATED = '[Truncated]';
/** Default replacement for values matched by `keys:` or `paths:`; pino's is `[Redacted]`. */
exports.DEFAULT_CENSOR = '[REDACTED]';
