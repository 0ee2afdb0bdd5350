import type { Contender } from './types';
import { V8_RULES } from './v8-rules';

/** The naive baseline: each rule in turn, `String.replace` over the whole line, 20 passes. */
export function v8Sequential(): Contender {
  const rules = V8_RULES.map((r) => ({ re: new RegExp(r.source, 'g'), mask: `[${r.label}]` }));
  return {
    name: 'V8 20 regexes, one by one',
    group: 'v8-baseline',
    config: `${rules.length} RegExp, String.replace each in turn`,
    redact: (line) => {
      let out = line;
      for (const r of rules) out = out.replace(r.re, r.mask);
      return out;
    },
  };
}

/** The same rules as one alternation: one pass, the capture group that matched names the rule. */
export function v8Alternation(): Contender {
  const masks = V8_RULES.map((r) => `[${r.label}]`);
  const re = new RegExp(V8_RULES.map((r) => `(${r.source})`).join('|'), 'g');
  return {
    name: 'V8 one alternation',
    group: 'v8-baseline',
    config: `the same ${V8_RULES.length} rules as one RegExp alternation, one String.replace`,
    redact: (line) =>
      line.replace(re, (...args: unknown[]) => {
        for (let i = 0; i < masks.length; i++) if (args[i + 1] !== undefined) return masks[i]!;
        return '[REDACTED]';
      }),
  };
}
