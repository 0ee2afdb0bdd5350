import * as fc from 'fast-check';
import type { Planted, Sample } from '../planted';
import { inJson } from './json';
import { inProse } from './prose';
import { inStackTrace } from './stack-trace';
import { inUrl } from './url';

/** The value in any log-shaped text: prose, a JSON record, a URL, a stack trace. */
export function inLogLine(value: fc.Arbitrary<Sample>): fc.Arbitrary<Planted> {
  return fc.oneof(inProse(value), inJson(value), inUrl(value), inStackTrace(value));
}
