import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winston from 'winston';
import { redactFormat } from '../../../adapters/winston';
import { createRedactor } from '../../../src/index';
import { ENGINES } from '../../support/engines';
import { AWS_KEY, CARD, EMAIL, ISO_TIME, OPS_EMAIL, OPTIONS, PASSWORD, PERSON, RULES, captured, ended, leaks, tempDir } from './fixture';

const { combine, errors, splat, timestamp, json, logstash, simple, printf } = winston.format;

const MESSAGE = Symbol.for('message');
const LEVEL = Symbol.for('level');

/** What a line says, whatever finalizer wrote it. */
interface Line {
  level: string;
  message: string;
  timestamp: string;
  fields: Record<string, unknown>;
}

type Finalizer = { name: string; json: boolean; make: () => winston.Logform.Format; read: (line: string) => Line };

const restOf = (text: string): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;

const FINALIZERS: Finalizer[] = [
  {
    name: 'json()',
    json: true,
    make: () => json(),
    read: (line) => {
      const o = restOf(line);
      return { level: o.level as string, message: o.message as string, timestamp: o.timestamp as string, fields: o };
    },
  },
  {
    name: 'logstash()',
    json: true,
    make: () => logstash(),
    read: (line) => {
      const o = restOf(line);
      const fields = o['@fields'] as Record<string, unknown>;
      return { level: fields.level as string, message: o['@message'] as string, timestamp: o['@timestamp'] as string, fields };
    },
  },
  {
    name: 'simple()',
    json: false,
    make: () => simple(),
    read: (line) => {
      const [, level, message, rest] = /^(\w+): (.*?) (\{.*\})$/s.exec(line)!;
      const fields = restOf(rest!);
      return { level: level!, message: message!, timestamp: fields.timestamp as string, fields };
    },
  },
  {
    name: 'printf',
    json: false,
    make: () => printf(({ timestamp: ts, level, message, ...rest }) => `${String(ts)} [${level}] ${String(message)} ${JSON.stringify(rest)}`),
    read: (line) => {
      const [, ts, level, message, rest] = /^(\S+) \[(\w+)\] (.*?) (\{.*\})$/s.exec(line)!;
      return { level: level!, message: message!, timestamp: ts!, fields: restOf(rest!) };
    },
  },
];

const POSITIONS = ['first', 'before the finalizer', 'after the finalizer'] as const;

/** The usual chain, with redactFormat at the given place. */
function chain(position: (typeof POSITIONS)[number], finalizer: winston.Logform.Format, scrub: winston.Logform.Format): winston.Logform.Format {
  const formats = [errors({ stack: true }), splat(), timestamp(), finalizer];
  formats.splice(position === 'first' ? 0 : position === 'before the finalizer' ? 3 : 4, 0, scrub);
  return combine(...formats);
}

/** Tool-call arguments logged as JSON text, with an escape right before the email. */
const ARGS = JSON.stringify({ email: EMAIL, note: `line one\n${EMAIL}` });

/** Every way a value reaches winston: message, metadata, splat, errors, keys, defaultMeta. */
function logAll(logger: winston.Logger): void {
  logger.info(`signup from ${EMAIL}`, { user: { email: EMAIL, plan: 'pro' }, requestId: 'req-7' });
  logger.info('charged card %s for %s', CARD, PERSON);
  logger.error('lookup failed', new Error(`no account for ${EMAIL}`));
  logger.error(new Error(`key ${AWS_KEY} rejected`));
  logger.warn('login', { password: PASSWORD, attempts: 3 });
  logger.info('tool call', { args: ARGS });
}

describe.each(ENGINES)('redactFormat on %s', (engine) => {
  const redactor = createRedactor({ ...OPTIONS, engine });

  describe.each(FINALIZERS)('with $name', (finalizer) => {
    it.each(POSITIONS)('scrubs every field and keeps the rest when placed %s', async (position) => {
      const sink = captured();
      const logger = winston.createLogger({
        format: chain(position, finalizer.make(), redactFormat(redactor)),
        defaultMeta: { service: 'chat-api', owner: OPS_EMAIL },
        transports: [sink.transport],
      });
      const start = Date.now();
      logAll(logger);
      await ended(logger);

      expect(leaks(sink.text())).toEqual([]);
      const lines = sink.lines().map(finalizer.read);
      expect(lines).toHaveLength(6);

      for (const line of lines) {
        expect(line.timestamp).toMatch(ISO_TIME);
        expect(Date.parse(line.timestamp)).toBeGreaterThanOrEqual(start - 1000);
        expect(line.fields.service).toBe('chat-api');
        expect(line.fields.owner).toBe('[EMAIL]');
      }
      expect(lines.map((l) => l.level)).toEqual(['info', 'info', 'error', 'error', 'warn', 'info']);
      expect(lines[0]!.message).toBe('signup from [EMAIL]');
      expect(lines[0]!.fields.user).toEqual({ email: '[EMAIL]', plan: 'pro' });
      expect(lines[0]!.fields.requestId).toBe('req-7');
      expect(lines[1]!.message).toBe('charged card [CREDIT_CARD] for [PERSON]');
      expect(lines[2]!.message).toBe('lookup failed no account for [EMAIL]');
      expect(lines[2]!.fields.stack).toMatch(/^Error: no account for \[EMAIL\]\n {4}at /);
      expect(lines[3]!.message).toBe('key [AWS_ACCESS_KEY] rejected');
      expect(lines[3]!.fields.stack).toMatch(/^Error: key \[AWS_ACCESS_KEY\] rejected\n {4}at /);
      expect(lines[4]!.message).toBe('login');
      expect(lines[4]!.fields).toMatchObject({ password: '[REDACTED]', attempts: 3 });
      expect(lines[5]!.message).toBe('tool call');
      expect(JSON.parse(lines[5]!.fields.args as string)).toEqual({ email: '[EMAIL]', note: 'line one\n[EMAIL]' });
    });
  });
});

describe('redactFormat with a finished line', () => {
  it('scrubs JSON lines as JSON, so escapes next to a finding survive', () => {
    const line = JSON.stringify({ level: 'info', message: 'tool call', args: ARGS });
    const out = redactFormat(OPTIONS).transform({ level: 'info', message: 'tool call', [MESSAGE]: line }) as Record<symbol, string>;
    expect(JSON.parse(JSON.parse(out[MESSAGE]!).args)).toEqual({ email: '[EMAIL]', note: 'line one\n[EMAIL]' });
  });

  it('hides keys: and paths: values in text lines, numbers and whole objects included', async () => {
    const sink = captured();
    const scrub = redactFormat({ packs: [], rules: [RULES, { keys: ['pin', 'auth'], paths: ['req.headers.cookie'] }] });
    const template = printf(({ level, message, pin, req, ...rest }) => `[${level}] ${String(message)} pin=${String(pin)} cookie=${String((req as { headers: { cookie: string } }).headers.cookie)} ${JSON.stringify(rest)}`);
    const logger = winston.createLogger({ format: combine(template, scrub), transports: [sink.transport] });

    logger.info('login', { pin: 482913, auth: { user: 'svc-reporting', pass: 'pw-7d1e9c' }, req: { headers: { cookie: 'sid=9f8e7d6c', accept: 'text/html' } }, attempts: 3 });
    await ended(logger);

    const [line] = sink.lines();
    for (const secret of ['482913', 'svc-reporting', 'pw-7d1e9c', 'sid=9f8e7d6c']) expect(line).not.toContain(secret);
    expect(line).toBe('[info] login pin=[REDACTED] cookie=[REDACTED] {"auth":{"user":"[REDACTED]","pass":"[REDACTED]"},"attempts":3}');
  });

  it('follows what toJSON wrote, and errors logged without errors(), into a text line', async () => {
    const sink = captured();
    const scrub = redactFormat({ packs: [], rules: [RULES, { keys: ['callback', 'issued', 'password'] }] });
    const logger = winston.createLogger({ format: combine(simple(), scrub), transports: [sink.transport] });
    const err = Object.assign(new Error(`sync failed for ${EMAIL}`), { password: PASSWORD });

    logger.info('webhook', { callback: new URL('https://hooks.example.org/cb?sig=f00dfeed'), issued: new Date(Date.UTC(2026, 0, 2)), kept: new URL('https://docs.example.org/') });
    logger.error(err);
    await ended(logger);

    const [webhook, error] = sink.lines();
    expect(webhook).toBe('info: webhook {"callback":"[REDACTED]","issued":"[REDACTED]","kept":"https://docs.example.org/"}');
    // With no errors() format the info is the Error itself: simple() reads its message and writes
    // its enumerable fields.
    expect(error).toBe('error: sync failed for [EMAIL] {"password":"[REDACTED]"}');
    expect(leaks(sink.text())).toEqual([]);
    expect(err.message).toBe(`sync failed for ${EMAIL}`);
  });

  it('follows paths: into a JSON line that moved the fields (logstash)', async () => {
    const sink = captured();
    const scrub = redactFormat({ packs: [], rules: [RULES, { paths: ['req.headers.cookie'] }] });
    const logger = winston.createLogger({ format: combine(logstash(), scrub), transports: [sink.transport] });

    logger.info('page view', { req: { headers: { cookie: 'sid=9f8e7d6c', accept: 'text/html' } } });
    await ended(logger);

    expect(JSON.parse(sink.lines()[0]!)).toEqual({ '@message': 'page view', '@fields': { level: 'info', req: { headers: { cookie: '[REDACTED]', accept: 'text/html' } } } });
  });

  // Pins a known core limitation (reported to the lead): text masking of serialised JSON swallows
  // the letter of an escape. It only bites text the finalizer added itself (values from the fields
  // are put back whole, see above). When the core is fixed this fails: expect `\\n[EMAIL]` then.
  it('masks finalizer-added text as text: no leak, but an escape next to a finding loses its letter', () => {
    const line = `info: tool call ${JSON.stringify({ note: `line one\n${EMAIL}` })}`;
    const out = redactFormat(OPTIONS).transform({ level: 'info', message: 'tool call', [MESSAGE]: line }) as Record<symbol, string>;
    expect(out[MESSAGE]).toBe('info: tool call {"note":"line one\\[EMAIL]"}');
  });
});

describe('redactFormat copies on write', () => {
  it('never changes the caller’s metadata, splat arguments or defaultMeta', async () => {
    const sink = captured();
    const defaultMeta = { service: 'chat-api', owner: { email: OPS_EMAIL, team: 'core' } };
    const meta = { user: { email: EMAIL, tags: ['vip', CARD] }, err: new Error(`failed for ${EMAIL}`) };
    const arg = { customer: PERSON, card: CARD };
    const before = { defaultMeta: structuredClone(defaultMeta), meta: structuredClone(meta), arg: structuredClone(arg) };
    const logger = winston.createLogger({ format: combine(redactFormat(OPTIONS), splat(), json()), defaultMeta, transports: [sink.transport] });

    logger.info(`signup from ${EMAIL}`, meta);
    logger.info('order for %j', arg);
    logger.child({ session: { email: EMAIL } }).info('child says hi');
    await ended(logger);

    expect(leaks(sink.text())).toEqual([]);
    expect(sink.lines().map((l) => JSON.parse(l).owner)).toEqual([{ email: '[EMAIL]', team: 'core' }, { email: '[EMAIL]', team: 'core' }, { email: '[EMAIL]', team: 'core' }]);
    expect(JSON.parse(sink.lines()[1]!).message).toBe('order for {"customer":"[PERSON]","card":"[CREDIT_CARD]"}');
    expect(defaultMeta).toEqual(before.defaultMeta);
    expect(logger.defaultMeta).toBe(defaultMeta);
    expect(meta).toEqual(before.meta);
    expect(meta.err.message).toBe(`failed for ${EMAIL}`);
    expect(meta.err.stack).toContain(EMAIL);
    expect(arg).toEqual(before.arg);
  });

  it('leaves the info other transports see as it was (winston#1933)', async () => {
    // The transport after the scrubbing one has no scrubber: it must still get the original, which
    // it would not if the first transport's format had scrubbed the shared info in place.
    const scrubbed = captured({ format: combine(redactFormat(OPTIONS), json()) });
    const plain = captured({ format: json() });
    const rawSink = captured();
    const logger = winston.createLogger({ format: json(), transports: [scrubbed.transport, plain.transport, rawSink.transport] });

    logger.info(`signup from ${EMAIL}`, { user: { email: EMAIL }, tags: [CARD] });
    await ended(logger);

    expect(JSON.parse(scrubbed.lines()[0]!)).toMatchObject({ message: 'signup from [EMAIL]', user: { email: '[EMAIL]' }, tags: ['[CREDIT_CARD]'] });
    for (const sink of [plain, rawSink]) {
      expect(JSON.parse(sink.lines()[0]!)).toMatchObject({ message: `signup from ${EMAIL}`, user: { email: EMAIL }, tags: [CARD] });
    }
  });

  it('returns a clean info itself, without copying', () => {
    const info = { level: 'info', message: 'nothing to hide', nested: { plan: 'pro' }, [LEVEL]: 'info' };
    expect(redactFormat(OPTIONS).transform(info)).toBe(info);
  });
});

describe('redactFormat in the rest of winston', () => {
  it('scrubs child loggers, profile and startTimer, and keeps their numbers', async () => {
    const sink = captured();
    const logger = winston.createLogger({ format: combine(timestamp(), redactFormat(OPTIONS), json()), transports: [sink.transport] });

    logger.child({ requestId: 'req-9', customer: PERSON }).info(`hello ${EMAIL}`);
    logger.profile(`fetch for ${EMAIL}`);
    logger.profile(`fetch for ${EMAIL}`, { card: CARD });
    const timer = logger.startTimer();
    timer.done({ message: `done for ${EMAIL}`, user: { email: EMAIL } });
    await ended(logger);

    expect(leaks(sink.text())).toEqual([]);
    const [child, profile, timed] = sink.lines().map((l) => JSON.parse(l));
    expect(child).toMatchObject({ level: 'info', message: 'hello [EMAIL]', requestId: 'req-9', customer: '[PERSON]' });
    expect(profile).toMatchObject({ level: 'info', message: 'fetch for [EMAIL]', card: '[CREDIT_CARD]' });
    expect(profile.durationMs).toBeTypeOf('number');
    expect(timed).toMatchObject({ level: 'info', message: 'done for [EMAIL]', user: { email: '[EMAIL]' } });
    expect(timed.durationMs).toBeTypeOf('number');
    expect(timed.timestamp).toMatch(ISO_TIME);
  });

  it('keeps level names even when a keys: rule matches them, so transport levels still filter', async () => {
    const warnSink = captured({ level: 'warn' });
    const allSink = captured();
    const scrub = redactFormat({ packs: [], rules: [{ keys: ['level*'] }, ...OPTIONS.rules!] });
    const logger = winston.createLogger({ format: combine(scrub, json()), transports: [warnSink.transport, allSink.transport] });

    logger.info(`a ${EMAIL}`);
    logger.warn(`b ${EMAIL}`);
    logger.error(`c ${EMAIL}`, { levels: 'not the level' });
    await ended(logger);

    expect(warnSink.lines().map((l) => JSON.parse(l).level)).toEqual(['warn', 'error']);
    expect(allSink.lines().map((l) => JSON.parse(l))).toEqual([
      { level: 'info', message: 'a [EMAIL]' },
      { level: 'warn', message: 'b [EMAIL]' },
      { level: 'error', message: 'c [EMAIL]', levels: '[REDACTED]' },
    ]);
  });

  it('fails closed: an info it cannot read is withheld, with its level', async () => {
    const sink = captured();
    const logger = winston.createLogger({ format: combine(redactFormat(OPTIONS), json()), transports: [sink.transport] });
    const hostile = new Proxy(
      { level: 'warn', message: `secret ${EMAIL}` },
      {
        ownKeys() {
          throw new Error('no keys for you');
        },
      },
    );

    logger.log(hostile);
    logger.info('still logging');
    await ended(logger);

    expect(sink.lines().map((l) => JSON.parse(l))).toEqual([
      { level: 'warn', message: '[REDACTION_FAILED]' },
      { level: 'info', message: 'still logging' },
    ]);
  });

  it('writes 10,000 messages to a file, every one scrubbed, all there after logger.end()', async () => {
    const dir = tempDir();
    const logger = winston.createLogger({
      format: combine(timestamp(), redactFormat(OPTIONS), json()),
      transports: [new winston.transports.File({ filename: join(dir, 'app.log') })],
    });
    for (let i = 0; i < 10_000; i++) logger.info(`request ${i} from user${i}@example.com`, { card: CARD, n: i });
    await ended(logger);

    const lines = readFileSync(join(dir, 'app.log'), 'utf8').split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(10_000);
    expect(lines.filter((l) => l.includes('@example.com') || l.includes(CARD))).toEqual([]);
    lines.forEach((l, i) => {
      const o = JSON.parse(l);
      expect(o.message).toBe(`request ${i} from [EMAIL]`);
      expect(o.card).toBe('[CREDIT_CARD]');
      expect(o.n).toBe(i);
      expect(o.timestamp).toMatch(ISO_TIME);
    });
  });
});
