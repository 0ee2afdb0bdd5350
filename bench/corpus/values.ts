import { LOOKALIKES } from './lookalikes';
import { btc, caSin, creditCard, email, eth, iban, ipv4, ipv6, mac, phone, ukNhs, ukNino, urlCredentials, usItin, usSsn } from './personal';
import type { Rng } from './rng';
import { anthropicKey, awsKey, bearer, githubToken, googleKey, jwt, openaiKey, privateKey, slackToken, stripeKey } from './secrets';
import type { Snippet } from './snippet';

export type { Snippet } from './snippet';
export { LOOKALIKES };

/** Sensitive types the corpus plants: every type of the built-in packs, present and planned. */
export const PII_TYPES = [
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'US_ITIN',
  'IPV4',
  'IPV6',
  'MAC_ADDRESS',
  'UK_NINO',
  'UK_NHS',
  'CA_SIN',
  'BTC_ADDRESS',
  'ETH_ADDRESS',
  'URL_CREDENTIALS',
  'AWS_ACCESS_KEY',
  'GITHUB_TOKEN',
  'OPENAI_API_KEY',
  'ANTHROPIC_API_KEY',
  'SLACK_TOKEN',
  'STRIPE_KEY',
  'GOOGLE_API_KEY',
  'JWT',
  'PRIVATE_KEY',
  'BEARER_TOKEN',
] as const;
export type PiiType = (typeof PII_TYPES)[number];

/** Values that look sensitive and are not: a redactor must leave them exactly as they are. */
export const LOOKALIKE_KINDS = [
  'LUHN_FAILING_NUMBER',
  'BAD_CHECKSUM_IBAN',
  'INVALID_SSN',
  'UUID',
  'GIT_SHA',
  'EPOCH_MS',
  'EPOCH_S',
  'ISO_TIMESTAMP',
  'SEMVER',
  'BUILD_NUMBER',
  'PRICE',
  'DECORATOR',
  'PKG_VERSION',
  'SK_LEARN',
  'TRACE_ID',
] as const;
export type LookalikeKind = (typeof LOOKALIKE_KINDS)[number];

export const PII: Readonly<Record<PiiType, (rng: Rng) => Snippet>> = {
  EMAIL: email,
  PHONE: phone,
  CREDIT_CARD: creditCard,
  IBAN: iban,
  US_SSN: usSsn,
  US_ITIN: usItin,
  IPV4: ipv4,
  IPV6: ipv6,
  MAC_ADDRESS: mac,
  UK_NINO: ukNino,
  UK_NHS: ukNhs,
  CA_SIN: caSin,
  BTC_ADDRESS: btc,
  ETH_ADDRESS: eth,
  URL_CREDENTIALS: urlCredentials,
  AWS_ACCESS_KEY: awsKey,
  GITHUB_TOKEN: githubToken,
  OPENAI_API_KEY: openaiKey,
  ANTHROPIC_API_KEY: anthropicKey,
  SLACK_TOKEN: slackToken,
  STRIPE_KEY: stripeKey,
  GOOGLE_API_KEY: googleKey,
  JWT: jwt,
  PRIVATE_KEY: privateKey,
  BEARER_TOKEN: bearer,
};

