// Loaded by test/adapters/winston.test.ts in a child process: a user's app, with the BUILT package,
// that logs once and then dies of an uncaught exception or an unhandled rejection holding PII.
// argv: <dir> <exception|rejection> <scrubbing: logger-format|logger|transport-only>
const path = require('node:path');
const winston = require('winston');
const { redactFormat, redactLogger } = require('scrubline/winston');

const [dir, kind, scrubbing] = process.argv.slice(2);
const { combine, json, simple, timestamp } = winston.format;
const handler = new winston.transports.File({
  filename: path.join(dir, `${kind}s.log`),
  // The only scrubber in 'transport-only': winston writes exceptions without running it.
  format: scrubbing === 'transport-only' ? combine(redactFormat(), json()) : undefined,
});
const logger = winston.createLogger({
  format: scrubbing === 'logger-format' ? combine(timestamp(), redactFormat(), json()) : combine(timestamp(), json()),
  transports: [new winston.transports.Console({ format: scrubbing === 'transport-only' ? combine(redactFormat(), simple()) : simple() })],
  [kind === 'exception' ? 'exceptionHandlers' : 'rejectionHandlers']: [handler],
});
if (scrubbing === 'logger') redactLogger(logger);

logger.info('checkout by jane.doe@example.com', { card: '4111 1111 1111 1111' });
setTimeout(() => {
  const err = new Error('payment failed for jane.doe@example.com, card 4111 1111 1111 1111');
  if (kind === 'exception') throw err;
  Promise.reject(err);
}, 20);
