import { createRedactor, type EngineName } from 'scrubline';
import type { Contender } from './types';

/** scrubline with its default packs (`pii`, `secrets`) and default label masks, on one engine. */
export function scrubline(engine: EngineName): Contender {
  // A failure is visible in the results as `[REDACTION_FAILED]` outputs (counted by the scorer).
  const redactor = createRedactor({ engine, onError: () => {} });
  return {
    name: `scrubline (${engine})`,
    group: 'scrubline',
    config: `createRedactor({ engine: '${engine}' }): default packs pii + secrets`,
    redact: (line) => redactor.redact(line),
  };
}
