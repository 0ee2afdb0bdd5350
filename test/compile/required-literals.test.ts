import { describe, expect, it } from 'vitest';
import { keywordInEveryMatch } from '../../src/compile/required-literals';
import { parseRegex } from '../../src/compile/regex-syntax';

const holds = (regex: string, keywords: string[]) => keywordInEveryMatch(parseRegex(regex), keywords);

describe('keywordInEveryMatch', () => {
  it('finds a keyword spelled by a run of characters, case-folded', () => {
    expect(holds('\\bghp_[A-Za-z0-9]{36}\\b', ['ghp_'])).toBe(true);
    expect(holds('(?i)[\\w.-]*?PASSW(?:or)?d\\s*=\\s*\\S+', ['passw'])).toBe(true);
  });

  it('enumerates small classes, optional parts and alternations', () => {
    expect(holds('\\bgh[pousr]_\\w{36}', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'])).toBe(true);
    expect(holds('api[_.-]?key=\\w+', ['api_key', 'api.key', 'api-key', 'apikey'])).toBe(true);
    expect(holds('(?:secret|token)=\\w+', ['secret', 'token'])).toBe(true);
    expect(holds('\\Qsk-ant-\\E\\w+', ['sk-ant-'])).toBe(true);
  });

  it('is false when some match can do without every keyword', () => {
    // `api_key` is a keyword, `api.key` is not.
    expect(holds('api[_.-]?key=\\w+', ['api_key', 'apikey'])).toBe(false);
    // An alternative without the keyword.
    expect(holds('xoxb-\\w+|\\d{4}', ['xoxb-'])).toBe(false);
    // The keyword may be cut by a class too large to enumerate.
    expect(holds('pa[a-z]sw', ['pass'])).toBe(false);
    // Optional keyword.
    expect(holds('(?:token)?=\\w+', ['token'])).toBe(false);
    expect(holds('\\w+', [])).toBe(false);
  });

  it('does not treat a repeated keyword as required when it may repeat zero times', () => {
    expect(holds('(?:key-){0,2}\\w+', ['key-'])).toBe(false);
    expect(holds('(?:key-){1,2}\\w+', ['key-'])).toBe(true);
  });
});
