import type { RedactorOptions } from '../options';
import type { Redactor } from '../redactor';
import { createBatchRedactor, SUMMARY_KEY, type BatchResult } from './redact-lines';
import { buildRedactor } from './rule-options';

/** What a thread needs to redact batches the same way as every other thread. Plain data. */
export interface BatchSetup {
  readonly options: RedactorOptions;
  readonly maxLine: number;
}

export interface BatchRedactor {
  /** Built with the record summary the batch function reads; usable for anything else too. */
  readonly redactor: Redactor;
  run(bytes: Uint8Array): BatchResult;
}

/** Builds the redactor for one thread; `onError` hears about values withheld after an engine failure. */
export function batchRedactorFor(setup: BatchSetup, onError: (error: Error) => void): BatchRedactor {
  const redactor = buildRedactor({ ...setup.options, records: { summaryKey: SUMMARY_KEY }, onError });
  return { redactor, run: createBatchRedactor(redactor, setup.maxLine) };
}
