import { Transform } from 'node:stream';
import build from 'pino-abstract-transport';
import { isRecordObject, llmFieldsFailClosed } from '../../src/enrich/llm-fields';
import { createRedactor } from '../../src/redactor';
import type { PinoLlmTransportOptions } from './llm-options';

/**
 * The worker side of `llmTransport`: a pipelining Transform. Lines without a record pass through
 * byte for byte; a line with one is parsed, expanded and re-serialised.
 */
export default async function pinoLlmTransport(opts: PinoLlmTransportOptions = {}): Promise<Transform> {
  const key = opts.key ?? 'llm';
  const needle = `${JSON.stringify(key)}:`;
  const { redactor: redactorOptions, ...fieldOptions } = opts;
  // Built at start-up, so bad rule options fail the transport loudly instead of each line.
  const redactor = (opts.content ?? 'redact') === 'redact' ? createRedactor(redactorOptions ?? {}) : undefined;
  const options = { ...fieldOptions, ...(redactor === undefined ? {} : { redactor }) };

  return build(
    (source) =>
      source.pipe(
        new Transform({
          objectMode: true,
          autoDestroy: true,
          transform(line: string, _enc, cb) {
            cb(null, `${line.includes(needle) ? expand(line) : line}\n`);
          },
        }),
      ),
    { enablePipelining: true, parse: 'lines' },
  );

  function expand(line: string): string {
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return line;
    }
    const record = obj[key];
    if (!isRecordObject(record)) return line;
    const { [key]: _record, ...rest } = obj;
    return JSON.stringify({ ...rest, ...llmFieldsFailClosed(record, options) });
  }
}
