import type { EngineChoice } from './engine/select';
import type { MaskInput } from './rules/schema';
import type { RuleSource } from './rules/resolve';

export interface RedactorOptions {
  /** Built-in packs to start from. Default `['pii', 'secrets']`; `[]` for only your own rules. */
  readonly packs?: readonly string[];
  /** Rule file paths (YAML or JSON) and in-memory rule files, applied in order after the packs. */
  readonly rules?: readonly RuleSource[];
  /** `auto` (default) uses native node-re2 when it loads, else re2-wasm. */
  readonly engine?: EngineChoice;
  /** Key for `hash` masks. Default: the SCRUBLINE_HMAC_KEY environment variable. Never logged. */
  readonly hmacKey?: string | Uint8Array;
  /** Mask for rules that do not choose one. Default `label`. */
  readonly mask?: MaskInput;
  /** Longest match assumed for patterns with unbounded repetition (see README: long strings). Default 1024. */
  readonly maxMatchLength?: number;
  /** Base directory for relative rule paths. Default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * Hears about redaction failures (the value was replaced by `[REDACTION_FAILED]`), at most once
   * a second. Default: a process warning.
   */
  readonly onError?: (error: Error) => void;
}
