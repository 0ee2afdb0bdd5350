import { compilePolicy, type Policy } from './compile/policy';
import { engineFactory } from './engine/select';
import type { Engine } from './engine/types';
import { normalizeMask } from './mask/normalize';
import { checkOptions } from './check-options';
import type { RedactorOptions } from './options';
import { resolveRuleSet, type RuleSet } from './rules/resolve';

export const DEFAULT_PACKS: readonly string[] = ['pii', 'secrets'];

/** Resolves and compiles the options' rules; `rebuild` compiles them again on a fresh engine. */
export function policyFromOptions(options: RedactorOptions): { policy: Policy; rebuild: () => Policy } {
  checkOptions(options);
  const cwd = options.cwd ?? process.cwd();
  const newEngine = engineFactory(options.engine ?? 'auto');
  const ruleSet: RuleSet = resolveRuleSet(options.packs ?? DEFAULT_PACKS, options.rules ?? [], cwd);
  const rawKey = options.hmacKey ?? process.env['SCRUBLINE_HMAC_KEY'];
  const hmacKey = rawKey === undefined || rawKey.length === 0 ? undefined : typeof rawKey === 'string' ? Buffer.from(rawKey, 'utf8') : Buffer.from(rawKey);
  const compile = (engine: Engine) =>
    compilePolicy(ruleSet, {
      engine,
      hmacKey,
      defaultMask: normalizeMask(options.mask ?? 'label'),
      maxMatchLength: options.maxMatchLength ?? 1024,
      cwd,
    });
  return { policy: compile(newEngine()), rebuild: () => compile(newEngine()) };
}
