import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winston from 'winston';
import { redactFormat, redactLogger } from '../../../adapters/winston';
import { createRedactor } from '../../../src/index';
import { CARD, EMAIL, ISO_TIME, OPS_EMAIL, OPTIONS, PERSON, captured, ended, leaks, tempDir } from './fixture';

const { combine, splat, timestamp, json, logstash, simple, printf } = winston.format;

/** A transport format that adds data of its own, as formats reading request context do. */
const withRequestUser = winston.format((info) => {
  info.requestUser = OPS_EMAIL;
  return info;
});

function logSome(logger: winston.Logger): void {
  logger.info(`signup from ${EMAIL}`, { user: { email: EMAIL, plan: 'pro' } });
  logger.warn('charged %s for %s', CARD, PERSON);
}

describe('redactLogger', () => {
  it('scrubs every sink: a File with the logger’s format, transports with their own, one added later', async () => {
    const dir = tempDir();
    const text = captured({ format: combine(withRequestUser(), simple()) });
    const templated = captured({ format: printf((info) => `${String(info.level)} ${String(info.message)} by ${OPS_EMAIL}`) });
    const later = captured({ format: logstash() });
    const logger = redactLogger(
      winston.createLogger({
        format: combine(splat(), timestamp(), json()),
        transports: [new winston.transports.File({ filename: join(dir, 'app.log') }), text.transport, templated.transport],
      }),
      OPTIONS,
    );
    logger.add(later.transport);

    logSome(logger);
    await ended(logger);

    const file = readFileSync(join(dir, 'app.log'), 'utf8');
    for (const sink of [file, text.text(), templated.text(), later.text()]) expect(leaks(sink)).toEqual([]);

    const [first, second] = file.trim().split('\n').map((l) => JSON.parse(l));
    expect(first).toMatchObject({ level: 'info', message: 'signup from [EMAIL]', user: { email: '[EMAIL]', plan: 'pro' } });
    expect(first.timestamp).toMatch(ISO_TIME);
    expect(second).toMatchObject({ level: 'warn', message: 'charged [CREDIT_CARD] for [PERSON]' });
    expect(text.lines()[0]).toMatch(/^info: signup from \[EMAIL\] \{"requestUser":"\[EMAIL\]","timestamp":"[^"]+","user":\{"email":"\[EMAIL\]","plan":"pro"\}\}$/);
    expect(templated.lines()).toEqual(['info signup from [EMAIL] by [EMAIL]', 'warn charged [CREDIT_CARD] for [PERSON] by [EMAIL]']);
    expect(JSON.parse(later.lines()[1]!)).toMatchObject({ '@message': 'charged [CREDIT_CARD] for [PERSON]', '@fields': { level: 'warn' } });
  });

  it('prevents the forgotten transport: per-transport scrubbing leaks to a sink added without it', async () => {
    const run = async (guard: boolean) => {
      const guarded = captured({ format: combine(redactFormat(OPTIONS), json()) });
      const forgotten = captured();
      const logger = winston.createLogger({ transports: [guarded.transport] });
      if (guard) redactLogger(logger, OPTIONS);
      logger.add(forgotten.transport);
      logSome(logger);
      await ended(logger);
      return { guarded: leaks(guarded.text()), forgotten: leaks(forgotten.text()) };
    };
    // The control shows the failure is real; redactLogger removes it.
    expect(await run(false)).toEqual({ guarded: [], forgotten: [EMAIL, 'example.com'] });
    expect(await run(true)).toEqual({ guarded: [], forgotten: [] });
  });

  it('keeps formats assigned later behind the scrubber', async () => {
    const first = captured();
    const logger = redactLogger(winston.createLogger({ transports: [first.transport] }), createRedactor(OPTIONS));
    const second = captured();
    logger.configure({ format: printf((info) => `${String(info.level)}|${String(info.message)}`), transports: [second.transport] });
    second.transport.format = combine(withRequestUser(), printf((info) => `${String(info.message)} for ${String(info.requestUser)}`));
    logger.child({ requestId: 'r-1' }).format = printf(() => `never used ${EMAIL}`);

    logger.info(`hello ${EMAIL}`);
    await ended(logger);

    expect(first.lines()).toEqual([]);
    expect(second.lines()).toEqual(['hello [EMAIL] for [EMAIL]']);
  });

  it('keeps child loggers, profilers and levels working', async () => {
    const warnOnly = captured({ level: 'warn' });
    const all = captured();
    const logger = redactLogger(winston.createLogger({ format: json(), defaultMeta: { owner: OPS_EMAIL }, transports: [warnOnly.transport, all.transport] }), OPTIONS);

    logger.child({ requestId: 'r-2', customer: PERSON }).info(`child ${EMAIL}`);
    logger.startTimer().done({ message: `timed ${EMAIL}`, level: 'warn' });
    logger.profile('p');
    logger.profile('p', { message: `profiled ${EMAIL}` });
    await ended(logger);

    expect(leaks(all.text() + warnOnly.text())).toEqual([]);
    const lines = all.lines().map((l) => JSON.parse(l));
    // winston adds defaultMeta to log calls, not to what profilers write.
    expect(lines.map((l) => [l.level, l.message])).toEqual([
      ['info', 'child [EMAIL]'],
      ['warn', 'timed [EMAIL]'],
      ['info', 'profiled [EMAIL]'],
    ]);
    expect(lines[0]).toMatchObject({ requestId: 'r-2', customer: '[PERSON]', owner: '[EMAIL]' });
    expect(lines[1].durationMs).toBeTypeOf('number');
    expect(warnOnly.lines().map((l) => JSON.parse(l).message)).toEqual(['timed [EMAIL]']);
  });

  it('refuses a second scrubber on the same logger, instead of silently ignoring its options', () => {
    const logger = redactLogger(winston.createLogger({}), OPTIONS);
    expect(() => redactLogger(logger, { packs: [] })).toThrow(/already behind redactLogger/);
  });
});
