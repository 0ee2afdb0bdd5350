import { resolve } from 'node:path';
import { createRedactor, type Redactor } from '../redactor';
import type { EngineChoice } from '../engine/select';
import type { RedactorOptions } from '../options';
import { RuleFileError } from '../rules/errors';
import { oneOf } from './args';
import { UserError } from './errors';

/** The flags every command that builds a redactor shares. */
export const RULE_OPTIONS = {
  rules: { type: 'string', multiple: true, short: 'r' },
  pack: { type: 'string', multiple: true, short: 'p' },
  'no-packs': { type: 'boolean' },
  engine: { type: 'string', short: 'e' },
  mask: { type: 'string', short: 'm' },
} as const;

export const RULE_OPTIONS_HELP = `Rules:
  -r, --rules FILE      a rule file (YAML or JSON); repeat for more, applied in order
  -p, --pack NAME       built-in packs to start from (default: pii,secrets); repeat or comma-separate
      --no-packs        only the rules from --rules files (and what they extend)
  -e, --engine NAME     auto (default), re2 (native) or re2-wasm
  -m, --mask NAME       mask for rules that set none: label (default), mask, hash, remove
                        (hash needs the key in SCRUBLINE_HMAC_KEY; keys never go on the command line)`;

const ENGINES: readonly EngineChoice[] = ['auto', 're2', 're2-wasm'];
const MASKS = ['label', 'mask', 'hash', 'remove'] as const;

interface RuleFlags {
  rules?: string[] | undefined;
  pack?: string[] | undefined;
  'no-packs'?: boolean | undefined;
  engine?: string | undefined;
  mask?: string | undefined;
}

/**
 * Plain data (it is sent to worker threads): rule paths made absolute so a worker resolves them
 * the same way, the HMAC key left to the environment each thread inherits.
 */
export function redactorOptionsFrom(flags: RuleFlags, cwd = process.cwd()): RedactorOptions {
  if (flags['no-packs'] === true && flags.pack !== undefined) throw new UserError('use --pack or --no-packs, not both');
  const packs = flags['no-packs'] === true ? [] : flags.pack?.flatMap((p) => p.split(',')).map((p) => p.trim()).filter((p) => p !== '');
  const mask = flags.mask === undefined ? undefined : oneOf('--mask', flags.mask, MASKS);
  if (mask === 'hash' && (process.env['SCRUBLINE_HMAC_KEY'] ?? '') === '') {
    throw new UserError('--mask hash needs a key: set SCRUBLINE_HMAC_KEY (never pass keys as flags: they end up in shell history)');
  }
  return {
    ...(packs === undefined ? {} : { packs }),
    ...(flags.rules === undefined ? {} : { rules: flags.rules.map((r) => resolve(cwd, r)) }),
    ...(flags.engine === undefined ? {} : { engine: oneOf('--engine', flags.engine, ENGINES) }),
    ...(mask === undefined ? {} : { mask }),
    cwd,
  };
}

/**
 * createRedactor, with its option errors (an engine that cannot load) turned into user errors.
 * Rule problems stay RuleFileErrors so they print as file:line:col.
 */
export function buildRedactor(options: RedactorOptions): Redactor {
  try {
    return createRedactor(options);
  } catch (err) {
    if (err instanceof RuleFileError) throw err;
    throw new UserError(err instanceof Error ? err.message : String(err));
  }
}
