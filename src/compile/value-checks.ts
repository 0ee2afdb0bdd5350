import { foldString } from '../detect/fold';
import { sanitize } from '../detect/sanitize';
import type { Engine, Matcher } from '../engine/types';
import type { AllowEntry, ParsedRule } from '../rules/schema';
import { shannonEntropy } from '../validators/entropy';
import { VALIDATORS } from '../validators/index';

/** Says why a candidate value is not a finding, or undefined when it is one. */
export type ValueCheck = (value: string) => string | undefined;

/** Validators and the entropy floor, in the order the rule lists them; the first failure is the reason. */
export function compileValidators(validate: ParsedRule['validate']): ValueCheck[] {
  return (validate ?? []).map((v): ValueCheck => {
    if (typeof v === 'string') {
      const fn = VALIDATORS[v];
      return (value) => (fn(value) ? undefined : `${v} failed`);
    }
    const min = v.entropy;
    return (value) => {
      const h = shannonEntropy(value);
      return h >= min ? undefined : `entropy ${h.toFixed(2)} < ${min}`;
    };
  });
}

/** Allow-list entries: exact values (any case), RE2 patterns, or substrings (any case). */
export function compileAllow(entries: readonly AllowEntry[], engine: Engine): ValueCheck | undefined {
  if (entries.length === 0) return undefined;
  const exact = new Set<string>();
  const contains: string[] = [];
  const patterns: Matcher[] = [];
  for (const e of entries) {
    if (typeof e === 'string') exact.add(foldString(e));
    else if ('regex' in e) patterns.push(engine.compile(e.regex));
    else contains.push(foldString(e.contains));
  }
  const matchesPattern = (value: string): boolean => {
    if (patterns.length === 0) return false;
    const text = sanitize(value);
    const subject = engine.prepare(text);
    return patterns.some((p) => p.exec(subject, 0, text.length) !== null);
  };
  return (value) => {
    const folded = foldString(value);
    if (exact.has(folded) || contains.some((c) => folded.includes(c)) || matchesPattern(value)) {
      return 'allow-listed';
    }
    return undefined;
  };
}
