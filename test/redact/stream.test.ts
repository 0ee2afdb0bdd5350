import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createRedactor, REDACTION_FAILED, type RedactorOptions, type RuleFileInput } from '../../src/index';
import { chunks, expectChunkingInvariant } from '../../src/testing/chunking';
import { ENGINES } from '../support/engines';
import { SIMPLE_RULES } from '../support/simple-rules';
import { abortingWasmRedactor } from '../support/wasm-abort';


/** Values the built-in packs must find, and lookalikes they must not. */
const PLANTED = [
  '+1 415 555 0132',
  '(415) 555-0132',
  '415-555-0132',
  'jane.doe+news@example.co.uk',
  'ops@acme.io',
  '4111 1111 1111 1111',
  '1234 4111 1111 1111 1111',
  '5555-5555-5555-4444',
  'DE89370400440532013000',
  'GB82 WEST 1234 5698 7654 32',
  '536-22-8726',
  '203.0.113.42',
  'AKIAIOSFODNN7EXAMPLE',
  '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',
  'sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  'Authorization: Bearer abcdefghijklmnop1234',
  '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----',
];
const LOOKALIKES = ['4111 1111 1111 1112', '666-22-8726', '1.2.3.456', 'pkg@1.2.3', 'sk-learn', '1700000000', 'AKIA is a prefix', '@decorator', '-----BEGIN'];
const WORDS = ['the', 'call', 'me', 'at', 'card', 'ssn', 'token', 'bearer', 'Authorization:', 'user', 'Åsa', 'Lindgren', 'ticket', 'issue', 'x', 'A', 'sk', 'eyJ'];
const GLUE = [' ', ' ', ' ', '\n', ', ', '.', '-', ':', '=', '\t', '@', '/', '"'];
const ODD = ['😀', '𝐀', 'é', 'ß', '\u0130', '\ud800', '\udc00', '\uFFFD', '日本'];

/** Text with planted values, lookalikes, words, digits and astral or broken characters. */
function textWith(extra: readonly string[] = []): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PLANTED, ...extra) },
    { weight: 2, arbitrary: fc.constantFrom(...LOOKALIKES) },
    { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 5, arbitrary: fc.constantFrom(...GLUE) },
    { weight: 2, arbitrary: fc.stringMatching(/^[0-9]{1,5}$/) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  return fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
}

/** Rules that exercise every decision a stream must defer: keywords, context, groups, anchors, chains. */
const CUSTOM: RuleFileInput = {
  rules: [
    { id: 'names', type: 'PERSON', keywords: ['Åsa Lindgren', 'Bob', 'Project Bluebird', '𝐀x'] },
    { id: 'code', type: 'CODE', keywords: ['XyZ'], caseSensitive: true, wholeWord: false },
    { id: 'ticket', type: 'TICKET', regex: 'ACME-[0-9]{4,8}', context: { words: ['ticket', 'issue'], window: 16 } },
    { id: 'word-near', type: 'NEAR', keywords: ['secret'], context: ['vault'] },
    { id: 'user', type: 'USER', regex: 'user=([a-z]{3,12})', group: 1, mask: { operator: 'mask', keepLast: 2 } },
    { id: 'kv', type: 'KV', regex: '(?:k:([0-9]{2,4})|v:([0-9]{2,4}))!', group: 1, mask: 'hash' },
    { id: 'start', type: 'START', regex: '^START[0-9]{1,3}' },
    { id: 'end', type: 'END', regex: 'END[0-9]{2}$', mask: 'remove' },
    { id: 'quoted', type: 'QUOTED', regex: '\\Q$(x)\\E[a-c]{1,3}', ignoreCase: true },
    { id: 'pairs', type: 'PAIR', regex: '[0-9]{3}-[0-9]{3}', mask: { operator: 'replace', value: '<pair>' } },
    { id: 'lazy', type: 'LAZY', regex: 'q[a-z]+?z', maxLength: 40 },
  ],
};
const CUSTOM_WORDS = ['Åsa Lindgren', 'Bob', 'Bobby', 'Project Bluebird', '𝐀x', '𝐀xy', 'XyZ', 'xyz', 'ticket', 'ACME-1234', 'ACME-123456789', 'secret', 'vault', 'user=alice', 'user=bob', 'k:123!', 'v:99!', 'START12', 'END42', '$(X)abc', '123-456-789', 'qabcz', 'qabc'];

const CONFIGS: [string, RedactorOptions, readonly string[]][] = [
  ['built-in packs', {}, []],
  ['custom rules', { packs: [], rules: [CUSTOM], hmacKey: 'k' }, CUSTOM_WORDS],
  ['packs and custom rules together', { rules: [CUSTOM], hmacKey: 'k' }, CUSTOM_WORDS],
];

describe.each(ENGINES)('stream on %s', (engine) => {
  // One redactor with the built-in packs per engine: building one on re2-wasm takes seconds.
  const packs = createRedactor({ engine });

  test.each(CONFIGS)('%s: streamed output equals redact() for every chunking', (name, options, extra) => {
    const redactor = name === 'built-in packs' ? packs : createRedactor({ ...options, engine });
    expectChunkingInvariant(redactor, textWith(extra), { numRuns: 150 });
  });

  test('the held-back tail is only what may still be part of a finding', () => {
    // Fixed rules: several pack rules consume the separator before a value, so with the packs
    // the space before a possible match is held back too.
    const r = createRedactor({ engine, packs: [], rules: [SIMPLE_RULES] });
    const s = r.createStream();
    // Nothing in plain prose can start an email, a card or a key: all of it goes out at once
    // except the last word, which might still become an email (word@…).
    expect(s.push('The weather is nice today, ')).toBe('The weather is nice today, ');
    expect(s.pending).toBe(0);
    expect(s.push('call me on +1 415')).toBe('call me on ');
    expect(s.pending).toBe('+1 415'.length);
    expect(s.push(' 55')).toBe('');
    expect(s.push('5 0132 please')).toBe('[PHONE] ');
    expect(s.pending).toBe('please'.length);
    expect(s.flush()).toBe('please');
    expect(s.pending).toBe(0);
    // The bound comes from the rules: the packs' private-key rule alone may be 16 KiB long.
    expect(s.bound).toBeLessThan(packs.createStream().bound);
    expect(packs.createStream().bound).toBeGreaterThan(16384);
  });

  test('a value split across chunks is masked whole, the split one pushed per chunk leaks', () => {
    const r = packs;
    const parts = ['my card is 4111 1111 ', '1111 1111, thanks'];
    const perChunk = parts.map((p) => r.redact(p)).join('');
    expect(perChunk).toContain('4111 1111');
    const s = r.createStream();
    const streamed = parts.map((p) => s.push(p)).join('') + s.flush();
    expect(streamed).toBe('my card is [CREDIT_CARD], thanks');
  });

  test('flush starts a new text: a value cannot span two texts', () => {
    const r = packs;
    const s = r.createStream();
    expect(s.push('ssn 536-22-') + s.flush()).toBe('ssn 536-22-');
    expect(s.push('8726 ok') + s.flush()).toBe('8726 ok');
    expect(s.push('ssn 536-22-8726 ok') + s.flush()).toBe('ssn [US_SSN] ok');
  });

  test('a gated rule whose keyword comes before its value is exact; after the value, it is not (documented)', () => {
    const rules: RuleFileInput = { rules: [{ id: 'twilio', type: 'TWILIO', regex: 'SK[0-9a-f]{8}', keywords: ['twilio'] }] };
    const r = createRedactor({ packs: [], rules: [rules], engine });
    const before = 'twilio sid SK0123abcd done';
    const after = 'sid SK0123abcd done (twilio)';
    const stream = (text: string) => {
      const s = r.createStream();
      return [...text].map((c) => s.push(c)).join('') + s.flush();
    };
    expect(stream(before)).toBe(r.redact(before));
    expect(r.redact(after)).toBe('sid [TWILIO] done (twilio)');
    // The keyword arrives only after the value has gone out: the stream cannot take it back.
    expect(stream(after)).toBe(after);
    // Keyword first, anywhere earlier in the stream (even chunks before): exact.
    const earlier = `twilio ${'filler text '.repeat(500)}sid SK0123abcd done`;
    expect(stream(earlier)).toBe(r.redact(earlier));
  });

  test('a gated rule whose keyword may be far from its value: exact whenever the keyword comes first, or never', () => {
    const rules: RuleFileInput = { rules: [{ id: 'twilio', type: 'TWILIO', regex: 'SK[0-9a-f]{8}', keywords: ['twilio'] }] };
    const r = createRedactor({ packs: [], rules: [rules], engine });
    const noKeyword = textWith(['SK0123abcd', 'SK0123abc', 'twili']);
    const keywordFirst = fc.tuple(fc.constantFrom('twilio ', 'Twilio: ', 'x twilio\n'), noKeyword).map(([k, t]) => k + t);
    expectChunkingInvariant(r, fc.oneof(noKeyword, keywordFirst), { numRuns: 100 });
  });

  test('a rule whose allow-list reads the whole line waits for the line to end: exact for every chunking', () => {
    const rules: RuleFileInput = {
      allow: [{ regex: 'example', target: 'line' }],
      rules: [{ id: 'tok', type: 'TOKEN', regex: 'tok_[a-z0-9]{6}', allow: [{ regex: 'fixture', target: 'line' }] }],
    };
    const r = createRedactor({ packs: [], rules: [rules], engine });
    expectChunkingInvariant(r, textWith(['tok_abc123', 'tok_zz99zz', 'fixture', 'example', 'fixtur']), { numRuns: 200 });
    // The verdict waits for the end of the line, then the candidate goes out masked or not.
    const s = r.createStream();
    expect(s.push('key tok_abc123 in')).toBe('key ');
    expect(s.push(' a fixture\nnext tok_abc123')).toBe('tok_abc123 in a fixture\nnext ');
    expect(s.flush()).toBe('[TOKEN]');
  });

  test('a match longer than its cap is only held back up to the cap (documented)', () => {
    const rules: RuleFileInput = { rules: [{ id: 'run', type: 'RUN', regex: 'q[a-z]+' }] };
    const r = createRedactor({ packs: [], rules: [rules], engine, maxMatchLength: 16 });
    const s = r.createStream();
    const text = `a q${'x'.repeat(40)} b`;
    let max = 0;
    let out = '';
    for (const c of text) {
      out += s.push(c);
      max = Math.max(max, s.pending);
    }
    out += s.flush();
    expect(max).toBeLessThanOrEqual(s.bound);
    expect(r.redact(text)).toBe('a [RUN] b');
    // The first 16 units are masked as one match; the rest of the run is past the cap.
    expect(out.startsWith('a [RUN]')).toBe(true);
    expect(out).not.toBe(r.redact(text));
  });

  test('a chain of overlapping findings longer than any one finding is cut at the bound, still masked', () => {
    const rules: RuleFileInput = { rules: [{ id: 'aa', type: 'A', keywords: ['aa'], wholeWord: false }] };
    const r = createRedactor({ packs: [], rules: [rules], engine });
    const s = r.createStream();
    const text = `x ${'a'.repeat(50)} y`;
    let out = '';
    for (const c of text) {
      out += s.push(c);
      expect(s.pending).toBeLessThanOrEqual(s.bound);
    }
    out += s.flush();
    expect(r.redact(text)).toBe('x [A] y');
    expect(out).toMatch(/^x (\[A\])+ y$/);
    expect(out).not.toContain('a');
  });

  test('a chunk of several MB is redacted exactly (scanned in engine-sized slices, as detect does)', () => {
    const filler = 'lorem ipsum dolor sit amet, '.repeat(40_000); // about 1.1 MB
    const text = `${filler}mail jane.doe@example.com ${filler}call +1 415 555 0132 ${filler}${filler}${filler}ssn 536-22-8726 end`;
    const errors: Error[] = [];
    const r = createRedactor({ engine, onError: (e) => errors.push(e) });
    const s = r.createStream();
    const out = s.push(text.slice(0, 3_000_000)) + s.push(text.slice(3_000_000)) + s.flush();
    expect(errors).toEqual([]);
    expect(out).toBe(r.redact(text));
    expect(out).toContain('mail [EMAIL] ');
    expect(out.endsWith('ssn [US_SSN] end')).toBe(true);
  });

  test('pieces never end inside a surrogate pair', () => {
    const r = createRedactor({ engine, packs: [], rules: [SIMPLE_RULES] });
    const s = r.createStream();
    const text = 'hi 😀😀 there 𝐀 ok';
    for (const piece of chunks(text, { mode: 'units', cuts: [], size: 1 })) {
      const out = s.push(piece);
      if (out.length > 0) expect(out.charCodeAt(out.length - 1) >= 0xd800 && out.charCodeAt(out.length - 1) <= 0xdbff).toBe(false);
    }
    expect(s.flush()).toBe('ok');
  });
});

describe('fail closed', () => {
  test('an engine failure mid-stream withholds what was held and the chunk, is reported, and the stream goes on', () => {
    const errors: Error[] = [];
    const r = abortingWasmRedactor((e) => errors.push(e));
    const s = r.createStream();
    expect(s.push('to: ')).toBe('to: ');
    expect(s.push('jane')).toBe('');
    expect(s.push(`${'a'.repeat(9_000_000)}`)).toBe(REDACTION_FAILED);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^scrubline: redaction failed, value withheld: /);
    expect(errors[0]!.message).not.toContain('jane');
    // The stream starts afresh after the withheld text, on the rebuilt engine.
    expect(s.push('@example.com, cc bob@example.com.') + s.flush()).toBe('@example.com, cc [AT].');
  });
});
