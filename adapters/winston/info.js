"use strict";
/**
 * The shapes scrubline/winston exchanges with winston, written structurally so the package needs
 * neither winston nor logform at run time (pnpm does not hoist logform next to us) and its types
 * still fit `format.combine`, `createLogger` and transports.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.MESSAGE = exports.LEVEL = void 0;
/** triple-beam's keys: the level name winston filters on and the finished line transports write. */
exports.LEVEL = Symbol.for('level');
exports.MESSAGE = Symbol.for('message');
