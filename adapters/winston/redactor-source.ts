import { createRedactor, type Redactor, type RedactorOptions } from '../../src/index';

/** A ready redactor (shared across formats and loggers), or options to build one. */
export type RedactorSource = Redactor | RedactorOptions;

/** Builds at most one redactor, synchronously, so it fits where winston builds its formats. */
export function toRedactor(source: RedactorSource | undefined): Redactor {
  return isRedactor(source) ? source : createRedactor(source);
}

function isRedactor(source: RedactorSource | undefined): source is Redactor {
  const s = source as Partial<Redactor> | undefined;
  return typeof s?.redactValue === 'function' && typeof s.redact === 'function';
}
