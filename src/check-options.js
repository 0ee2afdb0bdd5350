"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkOptions = checkOptions;
const zod_1 = require("zod");
const schema_1 = require("./rules/schema");
/**
 * The shape of RedactorOptions, checked before anything loads: a typo (`engine: 'foo'`,
 * `packs: 'pii'`) is a TypeError naming the option, not a silent default or a crash deep inside.
 * Rule file contents get their own positioned errors later, so they are only checked for shape.
 */
const OptionsSchema = zod_1.z.strictObject({
    packs: zod_1.z.array(zod_1.z.string().min(1)).optional(),
    rules: zod_1.z.array(zod_1.z.union([zod_1.z.string().min(1), zod_1.z.looseObject({})])).optional(),
    engine: zod_1.z.enum(['auto', 're2', 're2-wasm']).optional(),
    hmacKey: zod_1.z.union([zod_1.z.string(), zod_1.z.instanceof(Uint8Array)]).optional(),
    mask: schema_1.MaskSchema.optional(),
    maxMatchLength: zod_1.z.int().positive().optional(),
    cwd: zod_1.z.string().min(1).optional(),
    onError: zod_1.z.custom((v) => typeof v === 'function', 'expected a function').optional(),
    records: zod_1.z
        .strictObject({
        censor: zod_1.z.string().optional(),
        summaryKey: zod_1.z.string().min(1).optional(),
        scanBinary: zod_1.z.boolean().optional(),
        maxDepth: zod_1.z.union([zod_1.z.int().min(1), zod_1.z.literal(Infinity)]).optional(),
    })
        .optional(),
});
function checkOptions(options) {
    const parsed = OptionsSchema.safeParse(options);
    if (parsed.success)
        return;
    const issue = parsed.error.issues[0];
    const at = issue.path.map(String).join('.');
    const what = issue.code === 'unrecognized_keys' ? `unknown option ${issue.keys.map((k) => `'${k}'`).join(', ')}` : `${at === '' ? 'options' : at}: ${issue.message}`;
    throw new TypeError(`createRedactor: ${what}`);
}
