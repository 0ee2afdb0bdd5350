import { z } from 'zod';
import { VALIDATOR_NAMES } from '../validators/index';

/**
 * The rule file format. One zod schema is the single source of truth: it validates files, types
 * the loader, and generates rules/schema.json for editors (`npm run schema`).
 */

const MaskShorthand = z.enum(['label', 'mask', 'hash', 'remove']);

const MaskObject = z.discriminatedUnion('operator', [
  z.strictObject({
    operator: z.literal('label'),
    label: z.string().min(1).optional().describe('Text inside the brackets; default: the rule type.'),
  }),
  z.strictObject({
    operator: z.literal('mask'),
    char: z.string().length(1).default('*'),
    keepFirst: z.int().min(0).default(0),
    keepLast: z.int().min(0).default(0),
    keepSeparators: z.boolean().default(true).describe('Keep characters that are not letters or digits.'),
  }),
  z.strictObject({
    operator: z.literal('hash'),
    length: z.int().min(4).max(64).default(6).describe('Hex characters of the HMAC kept in the pseudonym.'),
  }),
  z.strictObject({ operator: z.literal('remove') }),
  z.strictObject({ operator: z.literal('replace'), value: z.string() }),
]);

export const MaskSchema = z.union([MaskShorthand, MaskObject]).describe('How a finding is replaced. Default: label.');

export const AllowSchema = z
  .union([
    z.string().min(1).describe('A value never redacted (compared case-insensitively).'),
    z.strictObject({
      regex: z.string().min(1).describe('RE2 pattern; a finding it matches anywhere is kept.'),
      target: z
        .enum(['value', 'match', 'line'])
        .optional()
        .describe('What the pattern is tested on: the masked value (default), the whole regex match, or the line(s) it is on.'),
    }),
    z.strictObject({ contains: z.string().min(1).describe('A finding containing this text (any case) is kept.') }),
  ])
  .describe('Values that are never redacted.');

const ValidatorSchema = z.union([
  z.enum(VALIDATOR_NAMES),
  z.strictObject({ entropy: z.number().min(0).max(8).describe('Minimum Shannon entropy, bits per character.') }),
]);

const ContextSchema = z.union([
  z.array(z.string().min(1)).min(1),
  z.strictObject({
    words: z.array(z.string().min(1)).min(1),
    window: z.int().positive().default(64).describe('Characters before or after the match to look in.'),
  }),
]);

export const RuleSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ids use letters, digits, dot, dash and underscore')
      .describe('Unique id; a later file can override or disable the rule by it.'),
    type: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/, 'types are UPPER_SNAKE_CASE, like EMAIL or AWS_ACCESS_KEY')
      .optional()
      .describe('Entity type, used in labels and summaries.'),
    description: z.string().optional(),
    regex: z.string().min(1).optional().describe('RE2 syntax. Lookaround and backreferences are rejected.'),
    group: z
      .union([z.int().min(1), z.string().min(1), z.array(z.union([z.int().min(1), z.string().min(1)])).min(1)])
      .optional()
      .describe('Mask only this capture group (number or name); with a list, the first listed group that took part in the match, else the whole match.'),
    ignoreCase: z.boolean().optional().describe('Case-insensitive regex.'),
    keywords: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('With regex: one must occur for the rule to run. Alone: literals to redact.'),
    keywordsFile: z.string().min(1).optional().describe('A file of keywords, one a line, relative to this file.'),
    caseSensitive: z.boolean().optional().describe('Keyword rules: match case exactly. Default: false.'),
    wholeWord: z.boolean().optional().describe('Keyword rules: only whole words. Default: true.'),
    validate: z.array(ValidatorSchema).min(1).optional(),
    context: ContextSchema.optional().describe('The match counts only near one of these words.'),
    mask: MaskSchema.optional(),
    allow: z.array(AllowSchema).optional(),
    priority: z.int().optional().describe('Breaks ties between overlapping findings of equal length.'),
    enabled: z.boolean().optional(),
    maxLength: z
      .int()
      .positive()
      .max(1 << 20)
      .optional()
      .describe('Longest match in characters; needed only for patterns with unbounded repetition.'),
    examples: z
      .strictObject({
        match: z.array(z.string()).default([]),
        nomatch: z.array(z.string()).default([]),
      })
      .optional(),
  })
  .describe('One rule: a regex or a keyword list that finds one entity type.');

export const RuleFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    extends: z.array(z.string().min(1)).optional().describe('Built-in packs (pii, secrets), rule files, or gitleaks .toml configs.'),
    rules: z.array(RuleSchema).default([]),
    keys: z.array(z.string().min(1)).optional().describe('Object keys whose values are masked whole (globs).'),
    paths: z.array(z.string().min(1)).optional().describe('Record paths masked whole (* one level, ** any depth).'),
    skip: z.array(z.string().min(1)).optional().describe('Record paths never scanned.'),
    allow: z.array(AllowSchema).optional(),
  })
  .describe('A scrubline rule file.');

export type RuleInput = z.input<typeof RuleSchema>;
export type RuleFileInput = z.input<typeof RuleFileSchema>;
export type ParsedRule = z.output<typeof RuleSchema>;
export type ParsedRuleFile = z.output<typeof RuleFileSchema>;
export type AllowEntry = z.output<typeof AllowSchema>;
export type MaskInput = z.input<typeof MaskSchema>;
