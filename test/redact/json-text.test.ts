import { describe, expect, test } from 'vitest';
import { createRedactor } from '../../src/index';
import { parseJsonText, stringifyJsonText } from '../../src/redact/json-text';
import { writeRules } from './fixture';

describe('parseJsonText', () => {
  test('objects and arrays, with surrounding whitespace', () => {
    expect(parseJsonText(' {"a":1} ')).toEqual({ value: { a: 1 }, indent: '' });
    expect(parseJsonText('[1,\n  2]')).toEqual({ value: [1, 2], indent: '  ' });
    expect(parseJsonText('{\n\t"a": 1\n}')?.indent).toBe('\t');
  });

  test('anything else is text', () => {
    for (const t of ['', '"quoted"', '42', '[INFO] started', '{not json}', '{"a":1', 'null']) expect(parseJsonText(t), t).toBeUndefined();
  });

  test('the layout of the original comes back', () => {
    const pretty = JSON.stringify({ a: [1, 2], b: { c: 'd' } }, null, 2);
    const parsed = parseJsonText(pretty)!;
    expect(stringifyJsonText(parsed.value, parsed.indent)).toBe(pretty);
  });
});

describe('JSON held in strings', () => {
  const r = createRedactor({ packs: [], rules: [writeRules()] });

  test('tool-call arguments stay valid JSON, with key rules applied inside', () => {
    const call = { function: { name: 'send', arguments: '{"to":"jane@example.com","password":"hunter2","cc":["bob@example.com"]}' } };
    const out = r.redactValue(call);
    expect(JSON.parse(out.function.arguments)).toEqual({ to: '[EMAIL]', password: '[REDACTED]', cc: ['[EMAIL]'] });
  });

  test('a match right after an escape does not leave a broken escape behind', () => {
    // As text, "\njane@…" would lose its "n" to the match and keep a lone backslash.
    const text = JSON.stringify({ note: 'line one\njane@example.com' });
    const out = r.redactValue(text);
    expect(JSON.parse(out)).toEqual({ note: 'line one\n[EMAIL]' });
  });

  test('pretty-printed JSON stays pretty; JSON nested in JSON is redacted too', () => {
    const inner = JSON.stringify({ email: 'jane@example.com' });
    const text = JSON.stringify({ payload: inner, n: 1 }, null, 2);
    const out = r.redactValue(text);
    expect(out).toBe(JSON.stringify({ payload: '{"email":"[EMAIL]"}', n: 1 }, null, 2));
  });

  test('clean JSON text is returned as the same string, formatting untouched', () => {
    const text = '{ "a" : 1,   "b": [true, null] }';
    expect(r.redactValue(text)).toBe(text);
  });

  test('text that only looks like JSON is scanned as text', () => {
    expect(r.redactValue('{ to: jane@example.com }')).toBe('{ to: [EMAIL] }');
  });
});
