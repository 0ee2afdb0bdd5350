import type * as fc from 'fast-check';
import { toPlanted, type Sample } from './planted';
import { runProperty, show, showFindings, type PropertyParameters, type RedactorLike } from './property';

/**
 * Redacting twice changes nothing the first pass did not: a mask's output is never itself a
 * finding. Logs pass through more than one scrubber (app, transport, collector), so this matters.
 */
export function expectIdempotent(redactor: RedactorLike, arbitrary: fc.Arbitrary<Sample>, params?: PropertyParameters<Sample>): void {
  runProperty(
    'expectIdempotent',
    arbitrary,
    (sample) => {
      const { text } = toPlanted(sample);
      const once = redactor.redact(text);
      const twice = redactor.redact(once);
      if (twice === once) return undefined;
      return [
        'redacting the redacted text changed it again',
        `  text:   ${show(text)}`,
        `  once:   ${show(once)}`,
        `  twice:  ${show(twice)}`,
        `  findings in once: ${showFindings(once, redactor.scan(once))}`,
      ].join('\n');
    },
    params,
  );
}
