import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRedactor, RuleFileError } from '../../src/index';

let dir: string;
const warnings: string[] = [];
const onWarning = (w: Error) => warnings.push(w.message);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scrubline-gitleaks-import-'));
  process.on('warning', onWarning);
});
afterAll(() => {
  process.off('warning', onWarning);
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  warnings.length = 0;
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Warnings are emitted on the next tick. */
const settle = () => new Promise((r) => setImmediate(r));

const TOKENS = `
title = "team rules"

[[rules]]
id = "acme-token"
description = "ACME API token"
regex = '''acme_(?:live|test)_([a-z0-9]{24})'''
keywords = ["acme_"]

[[rules]]
id = "acme-pair"
regex = '''(?i)acme[_-]?key\\s*=\\s*([a-z0-9]{16})|\\bACMEK(?-i)([A-Z0-9]{12})\\b'''
keywords = ["acme"]

[[rules]]
id = "acme-grouped"
regex = '''(ak)-([0-9a-f]{8})-([0-9a-f]{8})'''
secretGroup = 3
keywords = ["ak-"]
`;

describe('gitleaks import: what a rule finds and masks', () => {
  it('loads a .toml given as a rule source and masks the secret group', () => {
    const r = createRedactor({ packs: [], rules: [file('a.toml', TOKENS)] });
    expect(r.redact('token acme_live_0123456789abcdefghijklmn ok')).toBe('token acme_live_[ACME_TOKEN] ok');
    expect(r.redact('ak-0badc0de-12345678 here')).toBe('ak-0badc0de-[ACME_GROUPED] here');
  });

  it('masks the first group that took part when a rule has one per alternative', () => {
    const r = createRedactor({ packs: [], rules: [file('b.toml', TOKENS)] });
    expect(r.redact('ACME_KEY = abcdef0123456789')).toBe('ACME_KEY = [ACME_PAIR]');
    expect(r.redact('use ACMEKZ9Y8X7W6V5U4 now')).toBe('use ACMEK[ACME_PAIR] now');
  });

  it('is reached through extends in a YAML rule file, after the built-in packs', () => {
    file('c.toml', TOKENS);
    const yaml = file('rules.yaml', `extends: [pii, ./c.toml]\nrules: []\n`);
    const r = createRedactor({ packs: [], rules: [yaml] });
    expect(r.redact('mail jane@example.com acme_test_aaaaaaaaaaaabbbbbbbbbbbb')).toBe('mail [EMAIL] acme_test_[ACME_TOKEN]');
  });

  it('runs a rule only when one of its keywords is present (case-insensitively)', () => {
    const toml = file('d.toml', `[[rules]]\nid = "needs-kw"\nregex = '''\\b[a-z]{3}-[0-9]{6}\\b'''\nkeywords = ["ticket"]\n`);
    const r = createRedactor({ packs: [], rules: [toml] });
    expect(r.redact('abc-123456')).toBe('abc-123456');
    expect(r.redact('TICKET abc-123456')).toBe('TICKET [NEEDS_KW]');
  });
});

describe('gitleaks import: entropy and allow-lists', () => {
  it('drops a secret whose entropy is at or below the rule figure, as gitleaks does', () => {
    const toml = file('e.toml', `[[rules]]\nid = "ent"\nregex = '''tok=([a-z]{4,})'''\nentropy = 2.0\n`);
    const r = createRedactor({ packs: [], rules: [toml] });
    expect(r.redact('tok=abcd')).toBe('tok=abcd'); // exactly 2.0 bits
    expect(r.redact('tok=abcde')).toBe('tok=[ENT]');
  });

  it('tests allow-lists against the secret, the whole match or the line, and honours stopwords', () => {
    const toml = file(
      'f.toml',
      `[[rules]]
id = "kv"
regex = '''(\\w+)_secret=([A-Za-z0-9]{8,})'''
secretGroup = 2
[[rules.allowlists]]
regexes = ['''^EXAMPLE''']
[[rules.allowlists]]
regexTarget = "match"
regexes = ['''^test_secret=''']
[[rules.allowlists]]
regexTarget = "line"
regexes = ['''# fixture''']
[[rules.allowlists]]
stopwords = ["dummy"]
`,
    );
    const r = createRedactor({ packs: [], rules: [toml] });
    expect(r.redact('app_secret=Zx81hQp20aa')).toBe('app_secret=[KV]');
    expect(r.redact('app_secret=EXAMPLE12345')).toBe('app_secret=EXAMPLE12345');
    expect(r.redact('test_secret=Zx81hQp20aa')).toBe('test_secret=Zx81hQp20aa');
    expect(r.redact('app_secret=Zx81hQp20aa # fixture')).toBe('app_secret=Zx81hQp20aa # fixture');
    expect(r.redact('app_secret=myDummyValue1')).toBe('app_secret=myDummyValue1');
  });

  it('applies the global allow-list to the imported rules only, never to the built-in packs', () => {
    const toml = file('g.toml', `[allowlist]\nregexes = ['''example\\.com''']\n[[rules]]\nid = "mailish"\nregex = '''\\bacct:[a-z.]+@[a-z.]+'''\n`);
    const r = createRedactor({ packs: ['pii'], rules: [toml] });
    expect(r.redact('acct:ops@example.com')).toBe('acct:[EMAIL]');
    expect(r.scan('acct:ops@example.com').map((f) => f.rule)).toEqual(['email']);
  });

  it('limits an [[allowlists]] entry to its targetRules', () => {
    const toml = file(
      'h.toml',
      `[[allowlists]]\ntargetRules = ["one"]\nstopwords = ["safe"]\n[[rules]]\nid = "one"\nregex = '''one=(\\w{6,})'''\n[[rules]]\nid = "two"\nregex = '''two=(\\w{6,})'''\n`,
    );
    const r = createRedactor({ packs: [], rules: [toml] });
    expect(r.redact('one=safe123 two=safe123')).toBe('one=safe123 two=[TWO]');
  });
});

describe('gitleaks import: what a log scrubber cannot honour', () => {
  it('skips path-only rules, ignores path conditions, and says so in one warning', async () => {
    const toml = file(
      'i.toml',
      `[[rules]]\nid = "p12"\npath = '''\\.p12$'''\n[[rules]]\nid = "yaml-only"\npath = '''\\.ya?ml$'''\nregex = '''kind: Secret'''\n`,
    );
    const r = createRedactor({ packs: [], rules: [toml] });
    await settle();
    expect(r.redact('kind: Secret')).toBe('[YAML_ONLY]');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('skipped path-only rule p12');
    expect(warnings[0]).toContain('the path condition of yaml-only');
  });

  it('leaves out an AND allow-list that mixes regexes and stopwords, so the rule redacts more', async () => {
    const toml = file('j.toml', `[[rules]]\nid = "and"\nregex = '''k=(\\w{6,})'''\n[[rules.allowlists]]\ncondition = "AND"\nregexes = ['''^abc''']\nstopwords = ["zzz"]\n`);
    const r = createRedactor({ packs: [], rules: [toml] });
    await settle();
    expect(r.redact('k=abczzz1')).toBe('k=[AND]');
    expect(warnings.join('\n')).toContain('an AND allow-list of and that mixes regexes and stopwords');
  });

  it('gives rules whose id starts with a digit a valid type', () => {
    const toml = file('k.toml', `[[rules]]\nid = "1password-key"\nregex = '''\\bA3-[A-Z0-9]{6}\\b'''\n`);
    expect(createRedactor({ packs: [], rules: [toml] }).redact('A3-ABC123')).toBe('[SECRET_1PASSWORD_KEY]');
  });
});

describe('gitleaks import: errors point at the file and the rule', () => {
  it('reports TOML syntax errors with line and column', () => {
    const toml = file('bad.toml', `[[rules]]\nid = "x"\nregex = '''a'''\nkeywords = [\n`);
    try {
      createRedactor({ packs: [], rules: [toml] });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RuleFileError);
      const e = err as RuleFileError;
      expect(e.file).toContain('bad.toml');
      expect(e.line).toBeGreaterThanOrEqual(4);
      expect(e.reason).toMatch(/^TOML: /);
    }
  });

  it('reports a pattern RE2 cannot run at the rule’s regex line', () => {
    const toml = file('lookahead.toml', `title = "x"\n\n[[rules]]\nid = "ok"\nregex = '''fine'''\n\n[[rules]]\nid = "la"\ndescription = "uses lookahead"\nregex = '''foo(?=bar)'''\n`);
    try {
      createRedactor({ packs: [], rules: [toml] });
      expect.unreachable();
    } catch (err) {
      const e = err as RuleFileError;
      expect(e.ruleId).toBe('la');
      expect(e.line).toBe(10);
      expect(e.reason).toContain('lookahead');
    }
  });

  it('reports a missing file where it is referenced', () => {
    expect(() => createRedactor({ packs: [], rules: [join(dir, 'nope.toml')] })).toThrow(/cannot read gitleaks config: ENOENT/);
  });
});
