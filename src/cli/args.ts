import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `node:util` parseArgs returns for a given option table. */
export type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/**
 * `node:util` parseArgs with messages that name the command and point at its help. parseArgs
 * keeps the CLI free of a parsing dependency and already rejects unknown flags and missing values.
 */
export function parseCommandArgs<O extends Options>(command: string, args: readonly string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === undefined || !code.startsWith('ERR_PARSE_ARGS')) throw err;
    throw new UserError(rephrase((err as Error).message), `Run 'scrubline ${command} --help' for usage.`);
  }
}

/** parseArgs' messages are long and end in advice that fits a library, not a CLI user. */
function rephrase(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown !== null) return `unknown option '${unknown[1]}'`;
  const missing = /^Option '([^']+)' argument missing/.exec(message);
  if (missing !== null) return `option '${longName(missing[1]!)}' needs a value`;
  const noValue = /^Option '([^']+)' does not take an argument/.exec(message);
  if (noValue !== null) return `option '${longName(noValue[1]!)}' takes no value`;
  return message.split('. ')[0]!.replace(/^./, (c) => c.toLowerCase());
}

/** `--engine` out of parseArgs' `-e, --engine <value>`. */
function longName(spec: string): string {
  return /--[\w-]+/.exec(spec)?.[0] ?? spec;
}

/** One of `allowed`, or a UserError naming the flag and the choices. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`${flag} must be one of ${allowed.join(', ')}; got '${value}'`);
}

/** A whole number of at least `min`. */
export function positiveInt(flag: string, value: string, min = 1): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UserError(`${flag} must be a whole number of at least ${min}; got '${value}'`);
  return n;
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A size in bytes: `65536`, `64k`, `8M`, `1G` (binary units, any case, optional trailing `B`). */
export function byteSize(flag: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  const n = m === null ? NaN : Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
  if (!Number.isSafeInteger(n) || n < 1) throw new UserError(`${flag} must be a size such as 65536, 64k or 8M; got '${value}'`);
  return n;
}
