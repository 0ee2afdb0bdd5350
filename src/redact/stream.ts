import type { Policy } from '../compile/policy';
import { StreamScanner } from './stream-scan';
import { streamPlan } from './stream-plan';

/**
 * Redacts one text that arrives in pieces. The concatenation of everything `push` and `flush`
 * return equals `redact()` of the concatenated pieces, however the text is cut (see
 * docs/streaming.md for the exact guarantee); only a tail that may still be part of a finding is
 * held back.
 */
export interface RedactionStream {
  /** Takes the next piece; returns the redacted text that no later piece can change ('' if none). */
  push(chunk: string): string;
  /** Ends the text and returns the rest, redacted. The next `push` starts a new text. */
  flush(): string;
  /** UTF-16 units received but not yet returned. */
  readonly pending: number;
  /** The most `pending` can ever be, derived from the rules: see docs/streaming.md. */
  readonly bound: number;
}

/** The redactor's failure guard: runs `fn` on the current policy, or reports and returns `onFailure()`. */
export type Guard = <T>(fn: (policy: Policy) => T, onFailure: () => T) => T;

/**
 * `failed` replaces whatever was held back and the chunk being pushed when the engine fails (fail
 * closed); the stream then starts afresh after them.
 */
export function createRedactionStream(guard: Guard, failed: string): RedactionStream {
  let scanner: StreamScanner | undefined;
  let bound = 0;
  const scannerFor = (policy: Policy): StreamScanner => (scanner ??= new StreamScanner(policy));
  const fail = (): string => {
    scanner = undefined;
    return failed;
  };
  return {
    push(chunk) {
      if (typeof chunk !== 'string') throw new TypeError(`push() takes a string, got ${typeof chunk}`);
      return guard((p) => scannerFor(p).push(p, chunk), fail);
    },
    flush() {
      if (scanner === undefined) return '';
      return guard((p) => {
        const out = scanner!.finish(p);
        scanner = undefined;
        return out;
      }, fail);
    },
    get pending() {
      return scanner?.pending ?? 0;
    },
    get bound() {
      if (bound === 0) bound = guard((p) => streamPlan(p).bound, () => 0);
      return bound;
    },
  };
}
