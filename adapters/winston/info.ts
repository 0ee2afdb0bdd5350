/**
 * The shapes scrubline/winston exchanges with winston, written structurally so the package needs
 * neither winston nor logform at run time (pnpm does not hoist logform next to us) and its types
 * still fit `format.combine`, `createLogger` and transports.
 */

/** logform's `info`: what every format receives and returns. */
export interface WinstonInfo {
  level: string;
  message: unknown;
  [key: string | symbol]: unknown;
}

/** A logform format instance: what `format.combine`, loggers and transports call. */
export interface WinstonFormat {
  options?: object;
  transform(info: WinstonInfo, opts?: unknown): WinstonInfo | boolean;
}

/** triple-beam's keys: the level name winston filters on and the finished line transports write. */
export const LEVEL = Symbol.for('level');
export const MESSAGE = Symbol.for('message');
