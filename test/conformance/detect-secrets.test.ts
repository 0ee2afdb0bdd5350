import { describe, expect, it } from 'vitest';
import { ENGINES, isolated, readJsonl, Tally } from './support';

/*
 * detect-secrets' plugin test tables against the built-in packs. A row agrees when the rules of
 * the mapped types find something (`match`) or nothing (`nomatch`). Each plugin is tested alone
 * upstream, so each runs with only its rules here. IPPublicDetector is not about secrets: it is
 * scored against the pii pack's IPv4 rule and reported apart from the secrets figure.
 */

interface Row {
  file: string;
  line: number;
  detector: string;
  text: string;
  expect: 'match' | 'nomatch';
}

const TYPES: Record<string, string[]> = {
  ArtifactoryDetector: ['ARTIFACTORY_KEY'],
  AWSKeyDetector: ['AWS_ACCESS_KEY', 'AWS_SECRET_KEY'],
  AzureStorageKeyDetector: ['AZURE_KEY'],
  BasicAuthDetector: ['URL_CREDENTIALS'],
  CloudantDetector: ['CLOUDANT_KEY', 'URL_CREDENTIALS'],
  DiscordBotTokenDetector: ['DISCORD_TOKEN'],
  GitHubTokenDetector: ['GITHUB_TOKEN'],
  GitLabTokenDetector: ['GITLAB_TOKEN'],
  IbmCloudIamDetector: ['IBM_CLOUD_KEY'],
  IbmCosHmacDetector: ['IBM_COS_HMAC'],
  JwtTokenDetector: ['JWT'],
  KeywordDetector: ['PASSWORD', 'SECRET'],
  MailchimpDetector: ['MAILCHIMP_KEY'],
  NpmDetector: ['NPM_TOKEN'],
  OpenAIDetector: ['OPENAI_API_KEY'],
  PrivateKeyDetector: ['PRIVATE_KEY'],
  PypiTokenDetector: ['PYPI_TOKEN'],
  SendGridDetector: ['SENDGRID_KEY'],
  SlackDetector: ['SLACK_TOKEN', 'SLACK_WEBHOOK'],
  SoftlayerDetector: ['SOFTLAYER_KEY'],
  SquareOAuthDetector: ['SQUARE_TOKEN'],
  StripeDetector: ['STRIPE_KEY'],
  TelegramBotTokenDetector: ['TELEGRAM_TOKEN'],
  TwilioKeyDetector: ['TWILIO_KEY'],
  IPPublicDetector: ['IPV4'],
};

/** Every row we disagree with, by upstream file:line, and why (docs/conformance.md explains each kind). */
const EXPLAINED: Record<string, string> = {
  'keyword_test.py:24': 'unquoted-value-with-spaces',
  'keyword_test.py:43': 'weak-password-masked',
  'keyword_test.py:83': 'weak-password-masked',
  'keyword_test.py:108': 'weak-password-masked',
  'keyword_test.py:86': 'weak-password-masked',
  'keyword_test.py:87': 'weak-password-masked',
  'keyword_test.py:101': 'source-code-quoting',
  'keyword_test.py:102': 'source-code-quoting',
  'keyword_test.py:103': 'source-code-quoting',
  'keyword_test.py:104': 'source-code-quoting',
  'keyword_test.py:105': 'source-code-quoting',
  'keyword_test.py:106': 'source-code-quoting',
  'keyword_test.py:146': 'source-code-quoting',
  'keyword_test.py:156': 'source-code-quoting',
  'discord_test.py:39': 'undocumented-prefix',
  'openai_test.py:16': 'fail-closed-prefix',
  'ip_public_test.py:36': 'private-addresses-masked',
  'ip_public_test.py:37': 'private-addresses-masked',
  'ip_public_test.py:38': 'private-addresses-masked',
  'ip_public_test.py:39': 'private-addresses-masked',
  'ip_public_test.py:40': 'private-addresses-masked',
};

const rows = readJsonl<Row>('detect-secrets-vectors.jsonl');
const key = (r: Row) => `${r.file.split('/').pop()}:${r.line}`;

describe.each(ENGINES)('detect-secrets plugin vectors (%s)', (engine) => {
  it('agrees on at least 95 % of the secret plugins’ rows; every other row is an explained one', () => {
    const tally = new Tally();
    const disagreed: string[] = [];
    for (const [detector, types] of Object.entries(TYPES)) {
      const redactor = isolated(types, engine);
      for (const r of rows.filter((x) => x.detector === detector)) {
        const ok = (redactor.scan(r.text).length > 0 ? 'match' : 'nomatch') === r.expect;
        tally.add(detector, ok);
        if (!ok) disagreed.push(key(r));
      }
    }
    console.log(`detect-secrets (${engine})\n${tally.table('plugin')}`);
    expect(new Set(rows.map((r) => r.detector))).toEqual(new Set(Object.keys(TYPES)));
    expect(disagreed.sort()).toEqual(Object.keys(EXPLAINED).sort());
    const secrets = tally.total((d) => d !== 'IPPublicDetector');
    expect(secrets.rows).toBe(380);
    expect(secrets.agreed / secrets.rows).toBeGreaterThanOrEqual(0.95);
  });
});
