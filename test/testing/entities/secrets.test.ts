import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as kit from '../../../src/testing/index';
import { shannonEntropy } from '../../../src/validators/entropy';

/** Each provider's documented token shape, written out independently of the generators. */
const SHAPES: [string, fc.Arbitrary<string>, RegExp][] = [
  ['AWS access key id', kit.awsAccessKeyId(), /^(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/],
  ['GitHub classic', kit.githubToken({ kind: 'classic' }), /^gh[pousr]_[A-Za-z0-9]{36}$/],
  ['GitHub fine-grained', kit.githubToken({ kind: 'fine-grained' }), /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9_]{59}$/],
  ['GitLab', kit.gitlabToken(), /^glpat-[A-Za-z0-9_-]{20}$/],
  ['Slack', kit.slackToken(), /^xox[bpar]-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24,32}$/],
  ['Stripe', kit.stripeKey(), /^(sk|rk)_(live|test)_[A-Za-z0-9]{24,99}$/],
  ['OpenAI', kit.openaiApiKey(), /^sk-((proj|svcacct|admin)-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})$/],
  ['Anthropic', kit.anthropicApiKey(), /^sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA$/],
  ['Google API key', kit.googleApiKey(), /^AIza[A-Za-z0-9_-]{35}$/],
  ['Hugging Face', kit.huggingfaceToken(), /^hf_[A-Za-z]{34}$/],
  ['npm', kit.npmToken(), /^npm_[A-Za-z0-9]{36}$/],
  ['SendGrid', kit.sendgridKey(), /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/],
  ['Twilio', kit.twilioApiKey(), /^SK[0-9a-f]{32}$/],
];

describe('secret tokens', () => {
  it.each(SHAPES)('%s: has the documented shape', (_name, arbitrary, shape) => {
    fc.assert(
      fc.property(arbitrary, (token) => {
        expect(token).toMatch(shape);
      }),
    );
  });

  it('stay random-looking while shrinking, so an entropy-gated rule still sees a secret', () => {
    // Every candidate fails: fast-check shrinks as far as it can, and the result must still be high-entropy.
    const details = fc.check(fc.property(kit.awsAccessKeyId(), () => false), { seed: 1 });
    const [shrunk] = details.counterexample!;
    expect(shannonEntropy(shrunk.slice(4))).toBeGreaterThanOrEqual(3);
  });

  it('AWS secret keys are planted after their variable name', () => {
    fc.assert(
      fc.property(kit.awsSecretAccessKey(), ({ text, spans }) => {
        expect(spans).toHaveLength(1);
        const key = text.slice(spans[0]!.start, spans[0]!.end);
        expect(key).toMatch(/^[A-Za-z0-9/+]{40}$/);
        expect(text.slice(0, spans[0]!.start)).toMatch(/aws_secret_access_key|SecretAccessKey/i);
      }),
    );
  });
});
