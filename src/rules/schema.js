"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RuleFileSchema = exports.RuleSchema = exports.AllowSchema = exports.MaskSchema = void 0;
const zod_1 = require("zod");
const index_1 = require("../validators/index");
/**
 * The rule file format. One zod schema is the single source of truth: it validates files, types
 * the loader, and generates rules/schema.json for editors (`npm run schema`).
 */
const MaskShorthand = zod_1.z.enum(['label', 'mask', 'hash', 'remove']);
const MaskObject = zod_1.z.discriminatedUnion('operator', [
    zod_1.z.strictObject({
        operator: zod_1.z.literal('label'),
        label: zod_1.z.string().min(1).optional().describe('Text inside the brackets; default: the rule type.'),
    }),
    zod_1.z.strictObject({
        operator: zod_1.z.literal('mask'),
        char: zod_1.z.string().length(1).default('*'),
        keepFirst: zod_1.z.int().min(0).default(0),
        keepLast: zod_1.z.int().min(0).default(0),
        keepSeparators: zod_1.z.boolean().default(true).describe('Keep characters that are not letters or digits.'),
    }),
    zod_1.z.strictObject({
        operator: zod_1.z.literal('hash'),
        length: zod_1.z.int().min(4).max(64).default(6).describe('Hex characters of the HMAC kept in the pseudonym.'),
    }),
    zod_1.z.strictObject({ operator: zod_1.z.literal('remove') }),
    zod_1.z.strictObject({ operator: zod_1.z.literal('replace'), value: zod_1.z.string() }),
]);
exports.MaskSchema = zod_1.z.union([MaskShorthand, MaskObject]).describe('How a finding is replaced. Default: label.');
exports.AllowSchema = zod_1.z
    .union([
    zod_1.z.string().min(1).describe('A value never redacted (compared case-insensitively).'),
    zod_1.z.strictObject({
        regex: zod_1.z.string().min(1).describe('RE2 pattern; a finding it matches anywhere is kept.'),
        target: zod_1.z
            .enum(['value', 'match', 'line'])
            .optional()
            .describe('What the pattern is tested on: the masked value (default), the whole regex match, or the line(s) it is on.'),
    }),
    zod_1.z.strictObject({ contains: zod_1.z.string().min(1).describe('A finding containing this text (any case) is kept.') }),
])
    .describe('Values that are never redacted.');
const ValidatorSchema = zod_1.z.union([
    zod_1.z.enum(index_1.VALIDATOR_NAMES),
    zod_1.z.strictObject({ entropy: zod_1.z.number().min(0).max(8).describe('Minimum Shannon entropy, bits per character.') }),
]);
const ContextSchema = zod_1.z.union([
    zod_1.z.array(zod_1.z.string().min(1)).min(1),
    zod_1.z.strictObject({
        words: zod_1.z.array(zod_1.z.string().min(1)).min(1),
        window: zod_1.z.int().positive().default(64).describe('Characters before or after the match to look in.'),
    }),
]);
exports.RuleSchema = zod_1.z
    .strictObject({
    id: zod_1.z
        .string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ids use letters, digits, dot, dash and underscore')
        .describe('Unique id; a later file can override or disable the rule by it.'),
    type: zod_1.z
        .string()
        .regex(/^[A-Z][A-Z0-9_]*$/, 'types are UPPER_SNAKE_CASE, like EMAIL or AWS_ACCESS_KEY')
        .optional()
        .describe('Entity type, used in labels and summaries.'),
    description: zod_1.z.string().optional(),
    regex: zod_1.z.string().min(1).optional().describe('RE2 syntax. Lookaround and backreferences are rejected.'),
    group: zod_1.z
        .union([zod_1.z.int().min(1), zod_1.z.string().min(1), zod_1.z.array(zod_1.z.union([zod_1.z.int().min(1), zod_1.z.string().min(1)])).min(1)])
        .optional()
        .describe('Mask only this capture group (number or name); with a list, the first listed group that took part in the match, else the whole match.'),
    ignoreCase: zod_1.z.boolean().optional().describe('Case-insensitive regex.'),
    keywords: zod_1.z
        .array(zod_1.z.string().min(1))
        .min(1)
        .optional()
        .describe('With regex: one must occur for the rule to run. Alone: literals to redact.'),
    keywordsFile: zod_1.z.string().min(1).optional().describe('A file of keywords, one a line, relative to this file.'),
    caseSensitive: zod_1.z.boolean().optional().describe('Keyword rules: match case exactly. Default: false.'),
    wholeWord: zod_1.z.boolean().optional().describe('Keyword rules: only whole words. Default: true.'),
    validate: zod_1.z.array(ValidatorSchema).min(1).optional(),
    context: ContextSchema.optional().describe('The match counts only near one of these words.'),
    mask: exports.MaskSchema.optional(),
    allow: zod_1.z.array(exports.AllowSchema).optional(),
    priority: zod_1.z.int().optional().describe('Breaks ties between overlapping findings of equal length.'),
    enabled: zod_1.z.boolean().optional(),
    maxLength: zod_1.z
        .int()
        .positive()
        .max(1 << 20)
        .optional()
        .describe('Longest match in characters; needed only for patterns with unbounded repetition.'),
    examples: zod_1.z
        .strictObject({
        match: zod_1.z.array(zod_1.z.string()).default([]),
        nomatch: zod_1.z.array(zod_1.z.string()).default([]),
    })
        .optional(),
})
    .describe('One rule: a regex or a keyword list that finds one entity type.');
exports.RuleFileSchema = zod_1.z
    .strictObject({
    $schema: zod_1.z.string().optional(),
    extends: zod_1.z.array(zod_1.z.string().min(1)).optional().describe('Built-in packs (pii, secrets), rule files, or gitleaks .toml configs.'),
    rules: zod_1.z.array(exports.RuleSchema).default([]),
    keys: zod_1.z.array(zod_1.z.string().min(1)).optional().describe('Object keys whose values are masked whole (globs).'),
    paths: zod_1.z.array(zod_1.z.string().min(1)).optional().describe('Record paths masked whole (* one level, ** any depth).'),
    skip: zod_1.z.array(zod_1.z.string().min(1)).optional().describe('Record paths never scanned.'),
    allow: zod_1.z.array(exports.AllowSchema).optional(),
})
    .describe('A scrubline rule file.');
