/**
 * One planted value: `text` goes into the record, `value` is the part of it that is sensitive
 * (for `mailto:a@b.io` the value is `a@b.io`; for a URL with credentials, the password).
 * `value` occurs in `text` exactly once.
 */
export interface Snippet {
  readonly text: string;
  readonly value: string;
}

export const whole = (value: string): Snippet => ({ text: value, value });
export const around = (before: string, value: string, after = ''): Snippet => ({ text: before + value + after, value });
