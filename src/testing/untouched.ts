import type * as fc from 'fast-check';
import { toPlanted, type Sample } from './planted';
import { runProperty, show, showFindings, type PropertyParameters, type RedactorLike } from './property';

/** Texts with nothing to redact come back unchanged: for lookalikes and clean log lines. */
export function expectUntouched(redactor: RedactorLike, arbitrary: fc.Arbitrary<Sample>, params?: PropertyParameters<Sample>): void {
  runProperty(
    'expectUntouched',
    arbitrary,
    (sample) => {
      const { text } = toPlanted(sample);
      const redacted = redactor.redact(text);
      if (redacted === text) return undefined;
      return ['the text was changed', `  text:     ${show(text)}`, `  redacted: ${show(redacted)}`, `  findings: ${showFindings(text, redactor.scan(text))}`].join('\n');
    },
    params,
  );
}
