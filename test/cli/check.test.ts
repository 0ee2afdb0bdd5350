import { describe, expect, test } from 'vitest';
import { tempFiles } from '../support/tmp';
import { scrubline, STACK_LINE } from './bin';

const GOOD = `extends: [pii, secrets]
rules:
  - id: internal-ticket
    type: TICKET
    regex: 'ACME-[0-9]{4,8}'
    examples: { match: ['see ACME-20931'], nomatch: ['ACME-1'] }
  - id: customer-names
    type: PERSON
    keywords: [Åsa Lindgren, Project Bluebird]
    examples:
      match: ['ping Åsa Lindgren today']
      nomatch: ['Åsa alone']
`;

const FAILING_EXAMPLES = `rules:
  - id: ticket
    type: TICKET
    regex: 'ACME-[0-9]{4,8}'
    examples:
      match: ['see ACME-12']
      nomatch: ['ACME-1234 is fine']
`;

/** Passes its example alone, but only at the very start of a text: the property test catches it. */
const START_ONLY = `rules:
  - id: order
    type: ORDER
    regex: '^ORD-[0-9]{4}'
    examples:
      match: ['ORD-1234 shipped']
`;

describe('scrubline check', () => {
  test('a good file: schema, examples and one property per example pass, exit 0', async () => {
    const dir = tempFiles({ 'good.yaml': GOOD });
    const r = await scrubline(['check', 'good.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(/^ok {4}good\.yaml: 2 rules in the file, \d+ examples with inherited rules, 4 properties × 100 runs \(engine re2\)\n1 rule file ok\n$/);
  });

  test('names the gated rules that must scan whole texts because a match need not hold a keyword', async () => {
    const dir = tempFiles({
      'gated.yaml':
        'rules:\n' +
        "  - { id: ticket-after-word, type: TICKET, regex: '\\b[A-Z]{3}-\\d{4}\\b', keywords: [ticket] }\n" +
        "  - { id: acme-key, type: KEY, regex: '\\bacme_[a-z0-9]{20}\\b', keywords: [acme_] }\n",
    });
    const r = await scrubline(['check', '--no-properties', 'gated.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toContain(
      'note  gated.yaml: 1 gated rule scans the whole text whenever a keyword occurs anywhere, because a match need not contain a keyword: ticket-after-word\n',
    );
  });

  test('schema problems are reported as file:line:col, exit 1', async () => {
    const dir = tempFiles({ 'bad.yaml': 'rules:\n  - id: name\n    type: person\n    keywords: [x]\n    colour: red\n' });
    const r = await scrubline(['check', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.toString()).toBe(
      "bad.yaml:3:11: rule 'name': type: types are UPPER_SNAKE_CASE, like EMAIL or AWS_ACCESS_KEY\n" +
        "bad.yaml:5:5: rule 'name': unknown field 'colour'\n" +
        'FAIL  bad.yaml: 2 problems\n1 of 1 rule file failed\n',
    );
  });

  test('a regex that is not linear-time and a YAML syntax error point at their line and column', async () => {
    const dir = tempFiles({
      'lookahead.yaml': "rules:\n  - id: ticket\n    type: TICKET\n    regex: 'ACME-(?=[0-9])'\n",
      'broken.yaml': 'rules:\n  - id: a\n    type: [unclosed\n',
    });
    const r = await scrubline(['check', 'lookahead.yaml', 'broken.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = r.stdout.toString();
    expect(out).toMatch(/^lookahead\.yaml:4:12: rule 'ticket': regex: .*look/m);
    expect(out).toMatch(/^broken\.yaml:\d+:\d+: YAML: /m);
    expect(out).toContain('2 of 2 rule files failed\n');
    expect(out + r.stderr).not.toMatch(STACK_LINE);
  });

  test('failing examples point at the example itself', async () => {
    const dir = tempFiles({ 'team.yaml': FAILING_EXAMPLES });
    const r = await scrubline(['check', 'team.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.toString()).toContain(
      `team.yaml:6:15: rule 'ticket': example should match, but the rule found nothing in "see ACME-12"\n` +
        `team.yaml:7:17: rule 'ticket': nomatch example, but the rule matched "ACME-1234 is fine"\n` +
        'FAIL  team.yaml: 2 problems\n',
    );
  });

  test('the property test catches a rule that works only at the start of a text, with a reproducible seed', async () => {
    const dir = tempFiles({ 'order.yaml': START_ONLY });
    const first = await scrubline(['check', 'order.yaml', '--seed', '42'], { cwd: dir });
    expect(first.code).toBe(1);
    expect(first.stdout.toString()).toBe(
      `order.yaml:6:15: rule 'order': property failed for match example "ORD-1234 shipped" placed inside other text: 'ORD-1234' was not found\n` +
        `    smallest failing text: "\\n" + example + "\\n"\n` +
        '    reproduce with --seed 42\n' +
        'FAIL  order.yaml: 1 problem\n1 of 1 rule file failed\n',
    );
    const again = await scrubline(['check', 'order.yaml', '--seed', '42'], { cwd: dir });
    expect(again.stdout.toString()).toBe(first.stdout.toString());
    const without = await scrubline(['check', 'order.yaml', '--no-properties'], { cwd: dir });
    expect(without.code).toBe(0);
    expect(without.stdout.toString()).not.toContain('properties');
  });

  test('-r loads a base file first, for a file that overrides rules it does not extend', async () => {
    const dir = tempFiles({
      'base.yaml': "rules:\n  - id: ticket\n    type: TICKET\n    regex: 'ACME-[0-9]{4}'\n",
      'team.yaml': "rules:\n  - id: ticket\n    mask: remove\n    examples: { match: ['ACME-1234'] }\n",
    });
    const alone = await scrubline(['check', 'team.yaml'], { cwd: dir });
    expect(alone.code).toBe(1);
    expect(alone.stdout.toString()).toContain("team.yaml:2:5: rule 'ticket': overrides nothing");
    const layered = await scrubline(['check', '-r', 'base.yaml', 'team.yaml'], { cwd: dir });
    expect(layered.stdout.toString()).toMatch(/^ok {4}team\.yaml: 1 rules in the file/);
    expect(layered.code).toBe(0);
  });

  test('a missing file fails the check, not the command', async () => {
    const dir = tempFiles({ 'good.yaml': GOOD });
    const r = await scrubline(['check', 'good.yaml', 'missing.yaml', '--no-properties'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.toString()).toMatch(/^ok {4}good\.yaml/);
    expect(r.stdout.toString()).toContain('missing.yaml: cannot read rule file: ENOENT\nFAIL  missing.yaml: 1 problem\n1 of 2 rule files failed\n');
  });

  test('rules with a hash mask are checked without the real key, which lint-only CI jobs lack', async () => {
    const dir = tempFiles({ 'hashed.yaml': "rules:\n  - id: ticket\n    type: TICKET\n    regex: 'ACME-[0-9]{4}'\n    mask: hash\n    examples: { match: ['see ACME-1234'] }\n" });
    const r = await scrubline(['check', 'hashed.yaml'], { cwd: dir, env: { SCRUBLINE_HMAC_KEY: undefined } });
    expect(r.stdout.toString()).toMatch(/^ok {4}hashed\.yaml: 1 rules in the file, .*1 properties × 100 runs/);
    expect(r.code).toBe(0);
    const redact = await scrubline(['redact', '-r', 'hashed.yaml'], { cwd: dir, input: 'ACME-1234\n', env: { SCRUBLINE_HMAC_KEY: undefined } });
    expect(redact.code).toBe(2);
    expect(redact.stderr).toContain('hash needs a key');
  });

  test('no RULEFILE is a usage error', async () => {
    const r = await scrubline(['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('scrubline check: name at least one RULEFILE to check\nFor example: scrubline check rules/team.yaml\n');
  });

  test.each(['re2', 're2-wasm'])('the built-in packs pass their own check on %s', async (engine) => {
    const r = await scrubline(['check', 'rules/pii.yaml', 'rules/secrets.yaml', '--engine', engine, '--runs', '30']);
    expect(r.stdout.toString()).toContain('2 rule files ok\n');
    expect(r.code).toBe(0);
  });
});
