import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { scrubStreamWrite } from '../../../adapters/pino';
import { createRedactor, type Redactor } from '../../../src/index';
import { tempFiles } from '../../support/tmp';

const fixedTime = () => ',"time":1700000000000';

function logTo(file: string, options: pino.LoggerOptions): pino.Logger {
  return pino({ base: null, timestamp: fixedTime, ...options }, pino.destination({ dest: file, sync: true }));
}

describe('scrubStreamWrite (in-process hook)', () => {
  it('scrubs each line on the app thread before the destination gets it', () => {
    const file = join(tempFiles({}), 'app.log');
    const logger = logTo(file, { hooks: { streamWrite: scrubStreamWrite() } });
    logger.info({ user: 'jane@example.com', n: 4111111111111111 }, 'card 4111 1111 1111 1111');
    logger.child({ who: 'a.person@example.com' }).warn({ who: 'anon' }, 'dup');
    expect(readFileSync(file, 'utf8')).toBe(
      '{"level":30,"time":1700000000000,"user":"[EMAIL]","n":4111111111111111,"msg":"card [CREDIT_CARD]"}\n' +
        '{"level":40,"time":1700000000000,"who":"anon","msg":"dup"}\n',
    );
  });

  it('every stream of a multistream gets the scrubbed line', () => {
    const dir = tempFiles({});
    const streams = [join(dir, 'a.log'), join(dir, 'b.log')].map((dest) => ({ stream: pino.destination({ dest, sync: true }) }));
    const logger = pino({ base: null, timestamp: fixedTime, hooks: { streamWrite: scrubStreamWrite() } }, pino.multistream(streams));
    logger.info('mail jane@example.com');
    const line = '{"level":30,"time":1700000000000,"msg":"mail [EMAIL]"}\n';
    expect([readFileSync(join(dir, 'a.log'), 'utf8'), readFileSync(join(dir, 'b.log'), 'utf8')]).toEqual([line, line]);
  });

  it("keeps pino's crlf line ending", () => {
    const file = join(tempFiles({}), 'app.log');
    const logger = logTo(file, { crlf: true, hooks: { streamWrite: scrubStreamWrite() } });
    logger.info('a jane@example.com');
    logger.info('b');
    expect(readFileSync(file, 'utf8')).toBe('{"level":30,"time":1700000000000,"msg":"a [EMAIL]"}\r\n{"level":30,"time":1700000000000,"msg":"b"}\r\n');
  });

  it('uses a redactor it is given, with its rules and onError', () => {
    const file = join(tempFiles({}), 'app.log');
    const redactor = createRedactor({ packs: [], rules: [{ rules: [{ id: 'ticket', type: 'TICKET', regex: 'ACME-[0-9]{4}' }] }] });
    const logger = logTo(file, { hooks: { streamWrite: scrubStreamWrite(redactor) } });
    logger.info('see ACME-1234 from jane@example.com');
    expect(readFileSync(file, 'utf8')).toBe('{"level":30,"time":1700000000000,"msg":"see [TICKET] from jane@example.com"}\n');
  });

  it("applies together with pino's redact paths", () => {
    const file = join(tempFiles({}), 'app.log');
    const logger = logTo(file, { redact: ['req.headers.authorization'], hooks: { streamWrite: scrubStreamWrite() } });
    logger.info({ req: { headers: { authorization: 'opaque-token-1', from: 'jane@example.com' } } });
    expect(readFileSync(file, 'utf8')).toBe('{"level":30,"time":1700000000000,"req":{"headers":{"authorization":"[Redacted]","from":"[EMAIL]"}}}\n');
  });

  it('fails closed: a line the redactor throws on becomes a placeholder keeping time and level', () => {
    const file = join(tempFiles({}), 'app.log');
    const real = createRedactor();
    // Fault injection: the real redactor, except that the record walk blows up.
    const failing: Redactor = Object.assign(Object.create(real) as Redactor, {
      redactValue: () => {
        throw new Error('walk failed');
      },
    });
    const logger = pino({ hooks: { streamWrite: scrubStreamWrite(failing) } }, pino.destination({ dest: file, sync: true }));
    logger.error({ user: 'jane@example.com' }, 'secret sk-live-abcdef');
    const text = readFileSync(file, 'utf8');
    const rec = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(rec)).toEqual(['level', 'time', 'pid', 'msg']);
    expect(rec['level']).toBe(50);
    expect(rec['pid']).toBe(process.pid);
    expect(typeof rec['time']).toBe('number');
    expect(rec['msg']).toBe('[REDACTION_FAILED]');
    expect(text).not.toContain('jane');
    expect(text).not.toContain('sk-live');
  });
});
