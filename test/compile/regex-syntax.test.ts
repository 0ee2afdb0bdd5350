import { describe, expect, test } from 'vitest';
import { captureGroups, lengthBounds, parseRegex, printRegex, splitAtGroup } from '../../src/compile/regex-syntax';

const bounds = (p: string) => lengthBounds(parseRegex(p));

describe('lengthBounds', () => {
  test.each([
    ['abc', 3, 3],
    ['a{2,5}b?', 2, 6],
    ['(?:ab|c)+', 1, Infinity],
    ['\\bfoo\\b', 3, 3],
    ['[a-z]{3}@\\d*', 4, Infinity],
    ['\\Qa.b\\E', 3, 3],
    ['(?i)x|yz', 1, 2],
    ['\\x{1F600}\\pL\\p{Greek}[[:alpha:]]', 4, 4],
    ['^$', 0, 0],
    ['a{3,}', 3, Infinity],
    ['x{2}{3}', 6, 6],
  ])('%s → [%d, %d]', (pattern, min, max) => {
    expect(bounds(pattern)).toEqual({ min, max });
  });

  test('a lone { is a literal, as in RE2', () => {
    expect(bounds('a{b')).toEqual({ min: 3, max: 3 });
  });
});

describe('linear-time lint', () => {
  test.each([
    ['a(?=b)', 'lookahead is not supported: rules must be linear-time'],
    ['a(?!b)', 'lookahead is not supported: rules must be linear-time'],
    ['(?<=a)b', 'lookbehind is not supported: rules must be linear-time'],
    ['(?<!a)b', 'lookbehind is not supported: rules must be linear-time'],
    ['(a)\\1', 'backreferences are not supported: rules must be linear-time'],
    ['(?P<x>a)(?P=x)', 'backreferences are not supported: rules must be linear-time'],
    ['a\\Cb', '\\C (any byte) is not supported: it breaks character offsets'],
  ])('%s is rejected in words', (pattern, reason) => {
    expect(() => parseRegex(pattern)).toThrow(reason);
  });
});

describe('captures', () => {
  test('printing without captures keeps named and flag groups meaningful', () => {
    const ast = parseRegex('(?i)(a)(?P<n>b)(?:c)(?<m>d)');
    expect(printRegex(ast, true)).toBe('(?i)(?:a)(?:b)(?:c)(?:d)');
    expect(printRegex(ast, false)).toBe('(?i)(a)(?P<n>b)(?:c)(?<m>d)');
    expect(captureGroups(ast).map((g) => g.name)).toEqual([undefined, 'n', 'm']);
  });

  test('a top-level group splits into (before)(group)after, leading flags stay outside', () => {
    const ast = parseRegex('(?i)password\\s*=\\s*(\\S+)(x)?');
    expect(splitAtGroup(ast, captureGroups(ast)[0]!)).toBe('(?i)(password\\s*=\\s*)(\\S+)(?:x)?');
  });

  test('a nested group cannot be split', () => {
    const ast = parseRegex('a(?:(b)|c)');
    expect(splitAtGroup(ast, captureGroups(ast)[0]!)).toBeNull();
  });

  test('a flag set between items cannot move', () => {
    const ast = parseRegex('a(?i)b(c)');
    expect(splitAtGroup(ast, captureGroups(ast)[0]!)).toBeNull();
  });
});
