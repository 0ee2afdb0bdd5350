"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PACKS = void 0;
exports.policyFromOptions = policyFromOptions;
const policy_1 = require("./compile/policy");
const select_1 = require("./engine/select");
const normalize_1 = require("./mask/normalize");
const check_options_1 = require("./check-options");
const resolve_1 = require("./rules/resolve");
exports.DEFAULT_PACKS = ['pii', 'secrets'];
/** Resolves and compiles the options' rules; `rebuild` compiles them again on a fresh engine. */
function policyFromOptions(options) {
    (0, check_options_1.checkOptions)(options);
    const cwd = options.cwd ?? process.cwd();
    const newEngine = (0, select_1.engineFactory)(options.engine ?? 'auto');
    const ruleSet = (0, resolve_1.resolveRuleSet)(options.packs ?? exports.DEFAULT_PACKS, options.rules ?? [], cwd);
    const rawKey = options.hmacKey ?? process.env['SCRUBLINE_HMAC_KEY'];
    const hmacKey = rawKey === undefined || rawKey.length === 0 ? undefined : typeof rawKey === 'string' ? Buffer.from(rawKey, 'utf8') : Buffer.from(rawKey);
    const compile = (engine) => (0, policy_1.compilePolicy)(ruleSet, {
        engine,
        hmacKey,
        defaultMask: (0, normalize_1.normalizeMask)(options.mask ?? 'label'),
        maxMatchLength: options.maxMatchLength ?? 1024,
        cwd,
    });
    return { policy: compile(newEngine()), rebuild: () => compile(newEngine()) };
}
