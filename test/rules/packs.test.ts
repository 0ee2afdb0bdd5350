import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkExamples, createRedactor, type RuleInput } from '../../src/index';
import { policyFromOptions } from '../../src/policy-from-options';

const ENGINES = ['re2', 're2-wasm'] as const;
const pack = (name: string) => (parse(readFileSync(join(__dirname, '..', '..', 'rules', `${name}.yaml`), 'utf8')) as { rules: RuleInput[] }).rules;
const pii = pack('pii');
const secrets = pack('secrets');

/** Secrets rules without a literal worth gating on; each says why in the pack. */
const UNGATED_SECRETS = ['twilio-key', 'discord-bot-token', 'artifactory-credential'];

describe.each(ENGINES)('built-in packs on %s', (engine) => {
  it('every example of every rule behaves as written', () => {
    const results = checkExamples({ engine });
    const failed = results.filter((r) => !r.ok).map((r) => `${r.rule} ${r.expect}: ${r.text}`);
    expect(failed).toEqual([]);
    expect(new Set(results.map((r) => r.rule))).toEqual(new Set([...pii, ...secrets].map((r) => r.id)));
  });

  it('masks what the packs are for and leaves the rest of a log line alone', () => {
    const r = createRedactor({ engine });
    const line =
      '{"ts":"2026-05-01T10:00:00Z","user":"jane.doe@example.com","card":"4111 1111 1111 1111","ip":"203.0.113.7",' +
      '"key":"sk-proj-LIFmdO1Vj46_ItRcBtf5wQmb6dGZM6_W8e3LV9LXHxfntIw4KEGahkxU6DNEgY","tokens":{"prompt_tokens":812},"build":"1.4.2"}';
    expect(r.redact(line)).toBe(
      '{"ts":"2026-05-01T10:00:00Z","user":"[EMAIL]","card":"[CREDIT_CARD]","ip":"[IPV4]","key":"[OPENAI_API_KEY]","tokens":{"prompt_tokens":812},"build":"1.4.2"}',
    );
  });

  it('changes nothing when run again on its own output', () => {
    const r = createRedactor({ engine });
    const once = r.redact(
      'password=hunter2 {"api_key":"8ae31cacf141669ddfb5da","card":"5555-5555-5555-4444"} Authorization: Basic dXNlcjpwYXNzd29yZA== postgres://app:s3cret@db:5432',
    );
    expect(once).toBe('password=[PASSWORD] {"api_key":"[SECRET]","card":"[CREDIT_CARD]"} Authorization: Basic [AUTH_HEADER] postgres://[URL_CREDENTIALS]@db:5432');
    expect(r.redact(once)).toBe(once);
  });
});

describe('pack structure', () => {
  it('has 60+ secrets rules, all with examples and all but the listed ones behind keywords', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(60);
    expect(secrets.filter((r) => r.keywords === undefined).map((r) => r.id).sort()).toEqual([...UNGATED_SECRETS].sort());
    for (const r of secrets) {
      expect(r.examples?.match?.length ?? 0, r.id).toBeGreaterThan(0);
      expect(r.examples?.nomatch?.length ?? 0, r.id).toBeGreaterThan(0);
    }
  });

  it('gives every PII rule examples both ways', () => {
    for (const r of pii) {
      expect(r.examples?.match?.length ?? 0, r.id).toBeGreaterThan(0);
      expect(r.examples?.nomatch?.length ?? 0, r.id).toBeGreaterThan(0);
    }
  });

  it('opens no secrets rule on ordinary LLM log lines: the keyword pass is all they cost', () => {
    const { policy } = policyFromOptions({ packs: ['secrets'], engine: 're2' });
    const lines = [
      '{"ts":"2026-05-01T10:00:00Z","level":"info","msg":"llm.call","model":"gpt-4o-2024-08-06","usage":{"prompt_tokens":812,"completion_tokens":96,"total_tokens":908,"max_tokens":4096}}',
      '{"role":"user","content":"Summarize the following meeting notes for the team and list the action items."}',
      'ts=2026-05-01T10:00:01Z level=warn msg="retrying request" attempt=2 latency_ms=1840 status=429',
      'Here is the refactored function with comments explaining each step and a short test.',
    ];
    for (const line of lines) {
      const opened = new Set<string>();
      policy.automaton!.scan(line, (id) => {
        const entry = policy.keywordEntries[id]!;
        if (entry.kind === 'gate') opened.add(entry.rule.id);
      });
      expect([...opened], line).toEqual([]);
    }
  });
});
