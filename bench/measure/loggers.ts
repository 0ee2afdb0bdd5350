import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createRedactor, type Redactor } from 'scrubline';
import { createLogger, format, transports } from 'winston';
import { median, now } from './clock';

export interface LoggerOverhead {
  readonly logger: string;
  /** How scrubline is plugged in for this measurement. */
  readonly how: string;
  readonly plainUs: number;
  readonly scrubbedUs: number;
}

/** Fields the loggers add themselves: logging them again would duplicate keys. */
const OWN = new Set(['level', 'time', 'pid', 'hostname', 'timestamp']);

/**
 * µs per record through a real pino and a real winston logger writing to a sink that discards,
 * with and without scrubline, alternating runs and taking medians. Until the adapters land
 * (scrubline/pino, scrubline/winston) scrubline is plugged in the in-process way DESIGN.md
 * describes: pino's `hooks.streamWrite` and a winston format after `json()`, both redacting the
 * finished line with `Redactor.redact`.
 */
export async function loggerOverhead(records: readonly Record<string, unknown>[], runs: number): Promise<LoggerOverhead[]> {
  const objects = records.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !OWN.has(k))));
  const redactor = createRedactor();
  const out: LoggerOverhead[] = [];
  for (const [logger, how, make] of [
    ['pino 10', 'hooks.streamWrite → redactor.redact(line)', pinoRun],
    ['winston 3', 'format after json() → redactor.redact(info[MESSAGE])', winstonRun],
  ] as const) {
    const plain: number[] = [];
    const scrubbed: number[] = [];
    await make(objects, undefined);
    await make(objects, redactor);
    for (let r = 0; r < runs; r++) {
      plain.push((await make(objects, undefined)) / objects.length);
      scrubbed.push((await make(objects, redactor)) / objects.length);
    }
    out.push({ logger, how, plainUs: median(plain) * 1e3, scrubbedUs: median(scrubbed) * 1e3 });
  }
  return out;
}

async function pinoRun(objects: readonly object[], redactor: Redactor | undefined): Promise<number> {
  let lines = 0;
  const sink = { write: (_s: string) => void lines++ };
  const logger = pino(redactor === undefined ? {} : { hooks: { streamWrite: (s: string) => redactor.redact(s) } }, sink);
  const start = now();
  for (const o of objects) logger.info(o);
  const ms = now() - start;
  if (lines !== objects.length) throw new Error(`pino wrote ${lines} of ${objects.length} lines`);
  return ms;
}

async function winstonRun(objects: readonly object[], redactor: Redactor | undefined): Promise<number> {
  const MESSAGE = Symbol.for('message');
  let lines = 0;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  const sink = new Writable({
    write(_chunk, _enc, cb) {
      if (++lines === objects.length) done();
      cb();
    },
  });
  const scrub = format((info) => {
    const line = (info as Record<symbol, unknown>)[MESSAGE];
    if (typeof line === 'string') (info as Record<symbol, unknown>)[MESSAGE] = redactor!.redact(line);
    return info;
  });
  const logger = createLogger({
    format: redactor === undefined ? format.json() : format.combine(format.json(), scrub()),
    transports: [new transports.Stream({ stream: sink })],
  });
  const start = now();
  for (const o of objects) logger.info(o);
  await finished;
  const ms = now() - start;
  logger.close();
  return ms;
}
