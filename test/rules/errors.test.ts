import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createRedactor, RuleFileError } from '../../src/index';
import { tempFiles } from '../support/tmp';

/** Builds a redactor from one rule file and returns the RuleFileError it throws. */
function errorOf(content: string, name = 'rules.yaml', options: Parameters<typeof createRedactor>[0] = {}): RuleFileError {
  const dir = tempFiles({ [name]: content });
  try {
    createRedactor({ packs: [], rules: [name], cwd: dir, ...options });
  } catch (err) {
    expect(err).toBeInstanceOf(RuleFileError);
    return err as RuleFileError;
  }
  throw new Error('expected a RuleFileError');
}

describe('bad rule files: one error naming file, rule, line, column and reason', () => {
  test('lookahead', () => {
    const err = errorOf("rules:\n  - id: ticket\n    type: TICKET\n    regex: 'ACME-(?=\\d)'\n");
    expect({ file: err.file, ruleId: err.ruleId, line: err.line, column: err.column }).toEqual({ file: 'rules.yaml', ruleId: 'ticket', line: 4, column: 12 });
    expect(err.message).toBe("rules.yaml:4:12: rule 'ticket': regex: lookahead is not supported: rules must be linear-time");
  });

  test("RE2's own message for a bad pattern", () => {
    const err = errorOf('rules:\n  - id: x\n    type: X\n    regex: "a(b"\n');
    expect(err.message).toBe("rules.yaml:4:12: rule 'x': regex: missing closing )");
  });

  test('a pattern that can match the empty string', () => {
    expect(errorOf('rules:\n  - id: x\n    type: X\n    regex: "a*"\n').reason).toBe(
      'regex: can match the empty string: every rule must consume at least one character',
    );
  });

  test('an unknown field points at the key', () => {
    const err = errorOf('rules:\n  - id: x\n    type: X\n    regex: abc\n    regx: abc\n');
    expect(err.message).toBe("rules.yaml:5:5: rule 'x': unknown field 'regx'");
  });

  test('an unknown validator', () => {
    const err = errorOf('rules:\n  - id: card\n    type: CARD\n    regex: "\\\\d{16}"\n    validate: [lunh]\n');
    expect(err.ruleId).toBe('card');
    expect(err.line).toBe(5);
    expect(err.reason).toMatch(/^validate\.0: /);
  });

  test('duplicate ids in one file', () => {
    const err = errorOf('rules:\n  - id: x\n    type: X\n    regex: a\n  - id: x\n    type: X\n    regex: b\n');
    expect(err.message).toBe("rules.yaml:5:9: rule 'x': duplicate id: also defined at line 2");
  });

  test('a YAML syntax error', () => {
    const err = errorOf('rules:\n  - id: x\n   type: [\n');
    expect(err.file).toBe('rules.yaml');
    expect(err.line).toBe(3);
    expect(err.reason).toMatch(/^YAML: /);
  });

  test('JSON files have positions too', () => {
    const err = errorOf('{\n  "rules": [\n    {"id": "x", "type": "X", "regex": "(a)\\\\1"}\n  ]\n}\n', 'rules.json');
    expect(err.message).toBe("rules.json:3:39: rule 'x': regex: backreferences are not supported: rules must be linear-time");
  });

  test('hash without a key refuses to start', () => {
    const err = errorOf('rules:\n  - id: x\n    type: X\n    regex: abc\n    mask: hash\n', 'rules.yaml', { hmacKey: '' });
    expect(err.reason).toBe('mask: hash needs a key: pass hmacKey to createRedactor or set SCRUBLINE_HMAC_KEY');
    expect(err.line).toBe(5);
  });

  test('a missing type', () => {
    expect(errorOf('rules:\n  - id: x\n    regex: abc\n').reason).toBe('type: a rule needs an entity type, like EMAIL');
  });

  test('every problem is listed, and nothing is half-loaded', () => {
    const err = errorOf('rules:\n  - id: a\n    type: A\n    regex: "(?=x)"\n  - id: b\n    type: B\n    regex: "(?!y)"\n');
    expect(err.problems.map((p) => p.ruleId)).toEqual(['a', 'b']);
    expect(err.message.split('\n')).toHaveLength(2);
  });

  test('an unreadable file', () => {
    const err = errorOf('rules: []\n', 'rules.yaml', { rules: ['missing.yaml'] });
    expect(err.message).toBe('missing.yaml: cannot read rule file: ENOENT');
  });

  test('an unknown pack', () => {
    const dir = tempFiles({});
    expect(() => createRedactor({ packs: ['pci'], cwd: dir })).toThrow(/unknown pack 'pci' \(built-in packs: .*pii.*\)/);
  });

  test('a missing extended file is reported where it is referenced', () => {
    const err = errorOf('extends: [./other.yaml]\nrules: []\n');
    expect(err.file).toBe('rules.yaml');
    expect(err.line).toBe(1);
    expect(err.reason).toMatch(/other\.yaml: cannot read rule file: ENOENT/);
  });

  test('errors name files relative to the working directory', () => {
    const dir = tempFiles({ 'r.yaml': 'rules:\n  - {id: x, type: X, regex: "(?<=a)b"}\n' });
    try {
      createRedactor({ packs: [], rules: [join(dir, 'r.yaml')], cwd: dir });
      expect.unreachable();
    } catch (err) {
      expect((err as RuleFileError).file).toBe('r.yaml');
    }
  });
});
