import * as fc from 'fast-check';
import { wrap, type Planted } from '../planted';
import { ALNUM, BASE64URL, DIGITS, HEX, LOWER, oneOf, randomToken, UPPER } from '../tokens';

/*
 * Token formats as the providers document them. Bodies are random (with an entropy floor, see
 * randomToken), so the values are indistinguishable in shape from real keys but belong to nobody.
 */

/** AWS access key ids: `AKIA` (long-term), `ASIA` (STS), `ABIA`, `ACCA`, then 16 base32 characters. */
export function awsAccessKeyId(): fc.Arbitrary<string> {
  return fc.tuple(oneOf(['AKIA', 'ASIA', 'ABIA', 'ACCA']), randomToken(UPPER + '234567', 16)).map(([p, b]) => p + b);
}

/**
 * AWS secret access keys: 40 base64 characters. Alone they are just random text, so they are
 * planted where they occur in practice: after their variable name.
 */
export function awsSecretAccessKey(): fc.Arbitrary<Planted> {
  const label = oneOf(['aws_secret_access_key = ', 'AWS_SECRET_ACCESS_KEY=', '"SecretAccessKey": "', 'aws_secret_access_key: ']);
  return fc.tuple(label, randomToken(ALNUM + '/+', 40)).map(([l, key]) => wrap(l, key, l.endsWith('"') ? '"' : ''));
}

/** GitHub tokens: classic `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` + 36, fine-grained `github_pat_` 22 `_` 59. */
export function githubToken(opts: { readonly kind?: 'classic' | 'fine-grained' } = {}): fc.Arbitrary<string> {
  const classic = fc.tuple(oneOf(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']), randomToken(ALNUM, 36)).map(([p, b]) => p + b);
  const fine = fc.tuple(randomToken(ALNUM, 22), randomToken(ALNUM + '_', 59)).map(([a, b]) => `github_pat_${a}_${b}`);
  if (opts.kind === 'classic') return classic;
  if (opts.kind === 'fine-grained') return fine;
  return fc.oneof(classic, fine);
}

/** GitLab personal access tokens: `glpat-` + 20. */
export function gitlabToken(): fc.Arbitrary<string> {
  return randomToken(BASE64URL, 20).map((b) => `glpat-${b}`);
}

/** Slack tokens: `xoxb-`/`xoxp-`/`xoxa-`, workspace and user numbers, a secret part. */
export function slackToken(): fc.Arbitrary<string> {
  return fc
    .tuple(oneOf(['xoxb', 'xoxp', 'xoxa', 'xoxr']), randomToken(DIGITS, 10, 13), randomToken(DIGITS, 10, 13), randomToken(ALNUM, 24, 32))
    .map(([p, a, b, s]) => `${p}-${a}-${b}-${s}`);
}

/** Stripe keys: `sk_live_`, `sk_test_`, `rk_live_`, `rk_test_` + 24-99. */
export function stripeKey(): fc.Arbitrary<string> {
  return fc.tuple(oneOf(['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_']), randomToken(ALNUM, 24, 99)).map(([p, b]) => p + b);
}

/**
 * OpenAI API keys: project (`sk-proj-`), service account (`sk-svcacct-`), admin (`sk-admin-`) and
 * legacy user keys (`sk-` 20 `T3BlbkFJ` 20; `T3BlbkFJ` is "OpenAI" in base64).
 */
export function openaiApiKey(): fc.Arbitrary<string> {
  const modern = fc
    .tuple(oneOf(['sk-proj-', 'sk-svcacct-', 'sk-admin-']), randomToken(BASE64URL, 74), randomToken(BASE64URL, 74))
    .map(([p, a, b]) => `${p}${a}T3BlbkFJ${b}`);
  const legacy = fc.tuple(randomToken(ALNUM, 20), randomToken(ALNUM, 20)).map(([a, b]) => `sk-${a}T3BlbkFJ${b}`);
  return fc.oneof(modern, legacy);
}

/** Anthropic API keys: `sk-ant-api03-` + 93 + `AA` (admin keys: `sk-ant-admin01-`). */
export function anthropicApiKey(): fc.Arbitrary<string> {
  return fc.tuple(oneOf(['sk-ant-api03-', 'sk-ant-admin01-']), randomToken(BASE64URL, 93)).map(([p, b]) => `${p}${b}AA`);
}

/** Google API keys: `AIza` + 35. */
export function googleApiKey(): fc.Arbitrary<string> {
  return randomToken(BASE64URL, 35).map((b) => `AIza${b}`);
}

/** Hugging Face access tokens: `hf_` + 34 letters. */
export function huggingfaceToken(): fc.Arbitrary<string> {
  return randomToken(UPPER + LOWER, 34).map((b) => `hf_${b}`);
}

/** npm access tokens: `npm_` + 36. */
export function npmToken(): fc.Arbitrary<string> {
  return randomToken(ALNUM, 36).map((b) => `npm_${b}`);
}

/** SendGrid API keys: `SG.` 22 `.` 43. */
export function sendgridKey(): fc.Arbitrary<string> {
  return fc.tuple(randomToken(BASE64URL, 22), randomToken(BASE64URL, 43)).map(([a, b]) => `SG.${a}.${b}`);
}

/** Twilio API key SIDs: `SK` + 32 hex. */
export function twilioApiKey(): fc.Arbitrary<string> {
  return randomToken(HEX, 32).map((b) => `SK${b}`);
}
