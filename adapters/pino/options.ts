import { z } from 'zod';
import type { RedactorOptions } from '../../src/index';
import { MaskSchema } from '../../src/rules/schema';

/**
 * What the scrubbing step needs: the redactor's options without `onError`. pino copies transport
 * options into its worker thread with the structured clone algorithm, so they must be plain data
 * (no functions); redaction failures in the worker are reported as process warnings there.
 */
export type PinoScrubOptions = Omit<RedactorOptions, 'onError'>;

/** Where the transport writes when it is the last step, as pino's own `pino/file` takes it. */
export interface PinoDestinationOptions {
  /** A file path, or 1 (stdout) / 2 (stderr). Default: stdout, unless a pipeline step follows. */
  readonly destination?: string | number;
  /** Create the file's directory. Default false. */
  readonly mkdir?: boolean;
  /** Append to the file rather than truncate it. Default true. */
  readonly append?: boolean;
}

/** Options of the `scrubline/pino` transport target. */
export type PinoTransportOptions = PinoScrubOptions & PinoDestinationOptions;

const RecordsSchema = z.strictObject({
  censor: z.string().optional(),
  summaryKey: z.string().optional(),
  scanBinary: z.boolean().optional(),
  maxDepth: z.number().positive().optional(),
});

const scrubShape = {
  packs: z.array(z.string()).optional(),
  // A rule file given in code is checked by the rule loader, which reports it with positions.
  rules: z.array(z.union([z.string().min(1), z.record(z.string(), z.unknown())])).optional(),
  engine: z.enum(['auto', 're2', 're2-wasm']).optional(),
  hmacKey: z.union([z.string(), z.instanceof(Uint8Array)]).optional(),
  mask: MaskSchema.optional(),
  maxMatchLength: z.int().positive().optional(),
  cwd: z.string().min(1).optional(),
  records: RecordsSchema.optional(),
};

// `satisfies`: the schemas accept nothing the public types do not describe.
const ScrubSchema = z.strictObject(scrubShape) satisfies z.ZodType<PinoScrubOptions>;

const TransportSchema = z.strictObject({
  ...scrubShape,
  destination: z.union([z.string().min(1), z.int().nonnegative()]).optional(),
  mkdir: z.boolean().optional(),
  append: z.boolean().optional(),
}) satisfies z.ZodType<PinoTransportOptions>;

/** Keys pino adds to a lone target's options; they are pino's, not ours. */
const PINO_KEYS = new Set(['$context', 'pinoWillSendConfig', 'levels', 'dedupe']);

/** Checks the transport's options as they arrive in the worker; throws one readable error. */
export function parseTransportOptions(input: unknown): PinoTransportOptions {
  const own = input !== null && typeof input === 'object' ? Object.fromEntries(Object.entries(input).filter(([k]) => !PINO_KEYS.has(k))) : input;
  return check(TransportSchema, own ?? {}, 'options');
}

/** Checks the scrubbing options given to a helper in the app's own thread. */
export function parseScrubOptions(input: unknown, what: string): PinoScrubOptions {
  return check(ScrubSchema, input ?? {}, what);
}

function check<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  if (input !== null && typeof input === 'object') {
    for (const [key, value] of Object.entries(input)) {
      if (typeof value === 'function') throw new TypeError(`${what}: ${key} is a function; pino copies transport options into its worker thread, so they must be plain data`);
    }
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`);
  throw new TypeError(`${what}: ${problems.join('; ')}`);
}
