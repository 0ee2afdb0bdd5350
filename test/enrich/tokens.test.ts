import { countTokens as libraryCount } from 'gpt-tokenizer/encoding/o200k_base';
import { countTokens as cl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { expect, test } from 'vitest';
import { countTokens } from '../../src/enrich/tokens';

test("short texts count exactly as gpt-tokenizer's o200k_base does, summed over the texts", () => {
  const texts = ['Hello, world!', 'Grüße aus Köln 🎉', ''];
  expect(countTokens(texts)).toBe(texts.reduce((n, t) => n + libraryCount(t), 0));
  expect(countTokens(['hello world'])).toBe(2);
});

test("models gpt-tokenizer knows get their own encoding; others get o200k_base", () => {
  const text = 'The quick brown fox jumps over the lazy dog, said Åsa.';
  expect(countTokens([text], 'gpt-4')).toBe(cl100k(text));
  expect(countTokens([text], 'claude-sonnet-4-5')).toBe(libraryCount(text));
});

test('long prose is cut at spaces: the count stays within one token per window of the whole count', () => {
  const prose = 'The quick brown fox jumps over the lazy dog, said Åsa Lindgren. '.repeat(200); // 13 KB, 7 windows
  const whole = libraryCount(prose);
  expect(Math.abs(countTokens([prose]) - whole)).toBeLessThanOrEqual(7);
});

test('a pathological run (quadratic for the tokenizer as a whole) is counted window by window', () => {
  // o200k_base merges 'aaaaaaaa' into one token: 100 000 letters are 12 500 tokens when counted whole
  // (which takes gpt-tokenizer seconds; the windowed count takes milliseconds). 49 windows.
  const count = countTokens(['a'.repeat(100_000)]);
  expect(Math.abs(count - 12_500)).toBeLessThanOrEqual(49);
});

test('windows never split a surrogate pair', () => {
  // 1 'x' then emoji: a hard cut at 2048 units would fall inside a pair. A split pair would be
  // counted as two U+FFFD replacement characters, which the emoji's own count never includes.
  const text = 'x' + '😀'.repeat(3000);
  const windowed = countTokens([text]);
  const byHand = libraryCount(text.slice(0, 2047)) + libraryCount(text.slice(2047, 4095)) + libraryCount(text.slice(4095));
  expect(windowed).toBe(byHand);
});
