import { z } from 'zod';
import { MaskSchema } from './rules/schema';

/**
 * The shape of RedactorOptions, checked before anything loads: a typo (`engine: 'foo'`,
 * `packs: 'pii'`) is a TypeError naming the option, not a silent default or a crash deep inside.
 * Rule file contents get their own positioned errors later, so they are only checked for shape.
 */
const OptionsSchema = z.strictObject({
  packs: z.array(z.string().min(1)).optional(),
  rules: z.array(z.union([z.string().min(1), z.looseObject({})])).optional(),
  engine: z.enum(['auto', 're2', 're2-wasm']).optional(),
  hmacKey: z.union([z.string(), z.instanceof(Uint8Array)]).optional(),
  mask: MaskSchema.optional(),
  maxMatchLength: z.int().positive().optional(),
  cwd: z.string().min(1).optional(),
  onError: z.custom<(error: Error) => void>((v) => typeof v === 'function', 'expected a function').optional(),
  records: z
    .strictObject({
      censor: z.string().optional(),
      summaryKey: z.string().min(1).optional(),
      scanBinary: z.boolean().optional(),
      maxDepth: z.union([z.int().min(1), z.literal(Infinity)]).optional(),
    })
    .optional(),
});

export function checkOptions(options: unknown): void {
  const parsed = OptionsSchema.safeParse(options);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const at = issue.path.map(String).join('.');
  const what = issue.code === 'unrecognized_keys' ? `unknown option ${issue.keys.map((k) => `'${k}'`).join(', ')}` : `${at === '' ? 'options' : at}: ${issue.message}`;
  throw new TypeError(`createRedactor: ${what}`);
}
