import { describe, expect, it } from 'vitest';
import { placeholderLine } from '../../../adapters/pino/placeholder';
import { createRedactor } from '../../../src/index';

const redactor = createRedactor();
const place = (record: unknown) => JSON.parse(placeholderLine(redactor, record)) as Record<string, unknown>;

describe('placeholderLine', () => {
  it('keeps level, time and pid, nothing else', () => {
    expect(place({ level: 30, time: 1700000000000, pid: 12, hostname: 'api-1', msg: 'jane@example.com', user: { id: 1 } })).toEqual({
      level: 30,
      time: 1700000000000,
      pid: 12,
      msg: '[REDACTION_FAILED]',
    });
  });

  it('keeps level labels and ISO timestamps from custom formatters', () => {
    expect(place({ level: 'info', time: '2026-11-29T08:45:00.000+01:00' })).toEqual({ level: 'info', time: '2026-11-29T08:45:00.000+01:00', msg: '[REDACTION_FAILED]' });
  });

  it('drops strings that could carry content: other characters, too long, or not scanning clean', () => {
    expect(place({ level: 'jane@example.com', time: 'x'.repeat(41), pid: '4111 1111 1111 1111' })).toEqual({ msg: '[REDACTION_FAILED]' });
    expect(place({ level: { nested: 1 }, time: Infinity, pid: null })).toEqual({ msg: '[REDACTION_FAILED]' });
  });

  it('is only the marker for a record that is not an object', () => {
    expect(place([1, 2])).toEqual({ msg: '[REDACTION_FAILED]' });
    expect(place('text')).toEqual({ msg: '[REDACTION_FAILED]' });
  });
});
