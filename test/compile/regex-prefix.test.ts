import { describe, expect, test } from 'vitest';
import { prefixPattern } from '../../src/compile/regex-prefix';
import { parseRegex } from '../../src/compile/regex-syntax';
import { loadNodeRe2 } from '../../src/engine/node-re2';
import { loadRe2Wasm } from '../../src/engine/re2-wasm';

/** Where `(?:prefix)\z` first matches in `text`: the earliest start of a possible match still growing. */
function openFrom(engine: ReturnType<typeof loadNodeRe2>, pattern: string, text: string): number {
  const m = engine.compile(`(?:${prefixPattern(parseRegex(pattern))!})\\z`).exec(engine.prepare(text), 0, text.length);
  return m === null ? text.length : m.start;
}

describe.each([
  ['re2', loadNodeRe2],
  ['re2-wasm', loadRe2Wasm],
] as const)('prefix patterns on %s', (_name, load) => {
  const engine = load();
  const cases: [string, string, number][] = [
    // pattern, received text, expected start of the tail that may still grow into a match
    ['\\b\\d{3}-\\d{4}\\b', 'call 555-01', 5],
    ['\\b\\d{3}-\\d{4}\\b', 'call 555-0132', 5], // whole, but the next character decides \b
    ['\\b\\d{3}-\\d{4}\\b', 'call 555-0132 ', 14], // decided: nothing open
    ['\\b\\d{3}-\\d{4}\\b', 'ab555', 5], // \b fails inside a word: no match can start at 2
    ['[a-z]+@[a-z]+\\.com', 'hello wor', 6],
    ['[a-z]+@[a-z]+\\.com', 'mail me@exa', 5],
    ['[a-z]+@[a-z]+\\.com', 'mail me@exa!', 12],
    ['-----BEGIN[ A-Z]{0,32}KEY-----', 'text --', 5],
    ['-----BEGIN[ A-Z]{0,32}KEY-----', 'text -x', 7],
    ['(?i)bearer\\s+([a-z0-9]{16,1000})', 'Auth: BEA', 6],
    ['\\Q$(x)\\E[a-c]', 'cost $(', 5],
    ['\\Q$(x)\\E[a-c]', 'cost $)', 7],
    ['^START[0-9]', 'STA', 0],
    ['^START[0-9]', ' STA', 4], // ^ only at the start of the text
    ['END[0-9]{2}$', 'xEND4', 1],
    ['(?:k:([0-9]{2})|v:([0-9]{2}))!', 'a v:1', 2],
    ['ACME-[0-9]{4,8}', 'ACME-123456789', 14], // past the longest match: decided
  ];
  test.each(cases)('%s on %j: open from %i', (pattern, text, expected) => {
    expect(openFrom(engine, pattern, text)).toBe(expected);
  });

  test('every prefix of a match is accepted, whatever follows it (built-in pack patterns)', () => {
    const matches: [string, string][] = [
      ['\\b(?:\\d[ -]?){12,18}\\d\\b', '4111 1111 1111 1111'],
      ['(?:\\+[1-9]\\d{0,2}[ .-]?)?(?:\\(\\d{2,4}\\)[ .-]?|\\b\\d{2,4}[ .-])\\d{3,4}[ .-]\\d{3,4}\\b', '+1 415 555 0132'],
      ['[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24}\\b', 'jane.doe@mail.example.co.uk'],
      ['\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{10,}', 'eyJhbGciOiJI.eyJzdWIiOiIx.dozjgNryP4J3jVmN'],
    ];
    for (const [pattern, value] of matches) {
      for (let i = 1; i <= value.length; i++) expect(openFrom(engine, pattern, `x ${value.slice(0, i)}`), `${pattern} ${value.slice(0, i)}`).toBe(2);
    }
  });
});
