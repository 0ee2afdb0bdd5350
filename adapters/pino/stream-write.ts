import { createRedactor, type Redactor, type RedactorOptions } from '../../src/index';
import { createLineScrubber } from './line';

/**
 * pino's `hooks.streamWrite` for apps that cannot run transports in worker threads: every line
 * is scrubbed on the app's thread, after pino's own `redact` and before any destination, so
 * every stream of a multistream gets the scrubbed line. Takes redactor options (functions such as
 * `onError` are fine here) or a redactor already built.
 */
export function scrubStreamWrite(options: RedactorOptions | Redactor = {}): (line: string) => string {
  const scrub = createLineScrubber(isRedactor(options) ? options : createRedactor(options));
  return (s) => {
    // pino ends each line with '\n' ('\r\n' with its `crlf` option); the ending is kept as it was.
    const end = s.endsWith('\r\n') ? 2 : s.endsWith('\n') ? 1 : 0;
    return end === 0 ? scrub(s) : scrub(s.slice(0, -end)) + s.slice(-end);
  };
}

function isRedactor(value: RedactorOptions | Redactor): value is Redactor {
  return typeof (value as Partial<Redactor>).redactValue === 'function';
}
