import type * as fc from 'fast-check';
import type { Finding } from '../detect/overlaps';
import { toPlanted, type Sample, type Span } from './planted';
import { runProperty, show, showFindings, type PropertyParameters, type RedactorLike } from './property';

/** The parts of `span` that no finding covers. */
function uncovered(span: Span, findings: readonly Finding[]): Span[] {
  const out: Span[] = [];
  let at = span.start;
  for (const f of findings) {
    if (f.end <= at) continue;
    if (f.start >= span.end) break;
    if (f.start > at) out.push({ start: at, end: f.start });
    at = Math.max(at, f.end);
    if (at >= span.end) break;
  }
  if (at < span.end) out.push({ start: at, end: span.end });
  return out;
}

/**
 * Every planted value is found whole (each of its characters lies inside a finding) and the
 * redacted text does not contain it. A bare string sample is a value planted alone.
 */
export function expectNoLeak(redactor: RedactorLike, arbitrary: fc.Arbitrary<Sample>, params?: PropertyParameters<Sample>): void {
  runProperty(
    'expectNoLeak',
    arbitrary,
    (sample) => {
      const { text, spans } = toPlanted(sample);
      const findings = redactor.scan(text);
      const redacted = redactor.redact(text);
      for (const span of spans) {
        const value = text.slice(span.start, span.end);
        const visible = uncovered(span, findings);
        if (visible.length === 0 && !redacted.includes(value)) continue;
        const what =
          visible.length === 0
            ? 'the redacted text still contains the planted value'
            : visible.length === 1 && visible[0]!.start === span.start && visible[0]!.end === span.end
              ? 'the planted value was not found'
              : `part of the planted value was not found: ${visible.map((v) => show(text.slice(v.start, v.end))).join(', ')}`;
        return [
          what,
          `  value:    ${show(value)}`,
          `  text:     ${show(text)}`,
          `  redacted: ${show(redacted)}`,
          `  findings: ${showFindings(text, findings)}`,
        ].join('\n');
      }
      return undefined;
    },
    params,
  );
}
