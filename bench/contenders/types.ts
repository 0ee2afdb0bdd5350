/** Something that takes a log line and returns it with sensitive values masked. */
export interface Contender {
  readonly name: string;
  readonly group: 'scrubline' | 'v8-baseline' | 'peer';
  /** How it is configured, for the report. */
  readonly config: string;
  /** Synchronous where the library allows it; openredaction only has an async API. */
  readonly redact: (line: string) => string | Promise<string>;
}

/** A contender that could not be set up (a peer not installed), with the reason for the report. */
export interface Unavailable {
  readonly name: string;
  readonly reason: string;
}
