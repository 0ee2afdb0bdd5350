import { detect } from './detect/scan';
import type { RedactorOptions } from './options';
import { policyFromOptions } from './policy-from-options';

/** One rule example and whether the rule behaved as the example says. */
export interface ExampleResult {
  readonly rule: string;
  readonly expect: 'match' | 'nomatch';
  readonly text: string;
  readonly ok: boolean;
}

/**
 * Runs every enabled rule's `examples`: each `match` text must give that rule at least one finding,
 * each `nomatch` text none. Judged per rule before overlap resolution, so another rule winning a
 * region does not hide what this rule does.
 */
export function checkExamples(options: RedactorOptions = {}): ExampleResult[] {
  const { policy } = policyFromOptions(options);
  const results: ExampleResult[] = [];
  for (const rule of policy.rules) {
    const run = (text: string) => detect(policy, text).some((c) => c.rule === rule);
    for (const text of rule.examples?.match ?? []) results.push({ rule: rule.id, expect: 'match', text, ok: run(text) });
    for (const text of rule.examples?.nomatch ?? []) results.push({ rule: rule.id, expect: 'nomatch', text, ok: !run(text) });
  }
  return results;
}
