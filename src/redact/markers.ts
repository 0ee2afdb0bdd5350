/**
 * Strings that stand in for values. Bracketed like the labels, so a reader of the log sees at once
 * that something was replaced and why.
 */

/** A value whose redaction failed: the original is never returned. */
export const REDACTION_FAILED = '[REDACTION_FAILED]';
/** A property whose getter (or Proxy trap, or toJSON) threw. */
export const UNREADABLE = '[Unreadable]';
/** A reference back to an object that contains it. */
export const CIRCULAR = '[Circular]';
/** A container nested deeper than `records.maxDepth`. */
export const TRUNCATED = '[Truncated]';
/** Default replacement for values matched by `keys:` or `paths:`; pino's is `[Redacted]`. */
export const DEFAULT_CENSOR = '[REDACTED]';
