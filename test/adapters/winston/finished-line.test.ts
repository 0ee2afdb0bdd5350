import { describe, expect, it } from 'vitest';
import type { Change } from '../../../adapters/winston/changed-values';
import { isJsonLine, replaceChanged } from '../../../adapters/winston/finished-line';

const text = (from: string, to: string, key?: string): Change => ({ key, from, to, bare: false });
const bare = (from: string, to: string, key?: string): Change => ({ key, from, to, bare: true });

describe('replaceChanged', () => {
  it('replaces a string in a text line both as written and JSON-escaped', () => {
    const from = 'line one\njane@example.com';
    const line = `note=${from} ${JSON.stringify({ note: from })}`;
    expect(replaceChanged(line, [text(from, 'line one\n[EMAIL]')], false)).toBe('note=line one\n[EMAIL] {"note":"line one\\n[EMAIL]"}');
  });

  it('in a JSON line replaces whole string literals only, so escapes elsewhere stay valid', () => {
    const line = JSON.stringify({ a: 'n', b: 'line one\ntwo' });
    const out = replaceChanged(line, [text('n', '[REDACTED]')], true);
    expect(JSON.parse(out)).toEqual({ a: '[REDACTED]', b: 'line one\ntwo' });
  });

  it('replaces numbers as "key":value with a quoted mask, and long ones standing alone in text', () => {
    const line = 'pin 482913 of 1482913, 4829130 {"pin":482913,"pins":482913}';
    expect(replaceChanged(line, [bare('482913', '[REDACTED]', 'pin')], false)).toBe('pin [REDACTED] of 1482913, 4829130 {"pin":"[REDACTED]","pins":[REDACTED]}');
    expect(replaceChanged('{"pin": 482913, "n": 4829130}', [bare('482913', '[REDACTED]', 'pin')], true)).toBe('{"pin": "[REDACTED]", "n": 4829130}');
  });

  it('leaves short numbers and booleans outside their key alone', () => {
    const line = 'attempt 3 true {"n":3,"ok":true}';
    expect(replaceChanged(line, [bare('3', '[REDACTED]', 'n'), bare('true', '[REDACTED]', 'ok')], false)).toBe('attempt 3 true {"n":"[REDACTED]","ok":"[REDACTED]"}');
  });
});

describe('isJsonLine', () => {
  it('is true for a JSON object or array line, false for text that only looks like one', () => {
    expect(isJsonLine(' {"a":1}\n')).toBe(true);
    expect(isJsonLine('[1,2]')).toBe(true);
    expect(isJsonLine('{not json}')).toBe(false);
    expect(isJsonLine('info: {"a":1}')).toBe(false);
  });
});
