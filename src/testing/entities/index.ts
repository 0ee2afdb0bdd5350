import type * as fc from 'fast-check';
import type { Sample } from '../planted';
import { creditCard } from './cards';
import { bearerToken, jwt, privateKey, urlCredentials } from './credentials';
import { cryptoAddress } from './crypto';
import { email } from './email';
import { iban } from './iban';
import { ipv4, ipv6, macAddress } from './ip';
import { caSin, ukNhs, ukNino } from './national-ids';
import { phone } from './phone';
import {
  anthropicApiKey,
  awsAccessKeyId,
  awsSecretAccessKey,
  gitlabToken,
  githubToken,
  googleApiKey,
  huggingfaceToken,
  npmToken,
  openaiApiKey,
  sendgridKey,
  slackToken,
  stripeKey,
  twilioApiKey,
} from './secrets';
import { usItin, usSsn } from './us-ids';

/**
 * One arbitrary per entity type, keyed by the `type` a rule reports, with default options. Use the
 * factories (`creditCard({ brand: 'amex' })`, `phone({ country: 'DE' })`…) for narrower sets.
 */
const FACTORIES = {
  EMAIL: email,
  PHONE: () => phone(),
  CREDIT_CARD: () => creditCard(),
  IBAN: () => iban(),
  US_SSN: () => usSsn(),
  US_ITIN: () => usItin(),
  IPV4: ipv4,
  IPV6: () => ipv6(),
  MAC_ADDRESS: () => macAddress(),
  UK_NINO: ukNino,
  UK_NHS: ukNhs,
  CA_SIN: caSin,
  CRYPTO: cryptoAddress,
  URL_CREDENTIALS: urlCredentials,
  AWS_ACCESS_KEY: awsAccessKeyId,
  AWS_SECRET_KEY: awsSecretAccessKey,
  GITHUB_TOKEN: () => githubToken(),
  GITLAB_TOKEN: gitlabToken,
  SLACK_TOKEN: slackToken,
  STRIPE_KEY: stripeKey,
  OPENAI_API_KEY: openaiApiKey,
  ANTHROPIC_API_KEY: anthropicApiKey,
  GOOGLE_API_KEY: googleApiKey,
  HUGGINGFACE_TOKEN: huggingfaceToken,
  NPM_TOKEN: npmToken,
  SENDGRID_API_KEY: sendgridKey,
  TWILIO_API_KEY: twilioApiKey,
  JWT: jwt,
  PRIVATE_KEY: privateKey,
  BEARER_TOKEN: bearerToken,
} satisfies Record<string, () => fc.Arbitrary<Sample>>;

export type EntityType = keyof typeof FACTORIES;

export const ENTITY_TYPES = Object.keys(FACTORIES) as EntityType[];

/** Values of one entity type (a bare value, or a value planted in the context it needs). */
export function entity(type: EntityType): fc.Arbitrary<Sample> {
  const factory = FACTORIES[type] as (() => fc.Arbitrary<Sample>) | undefined;
  if (factory === undefined) throw new Error(`entity(): unknown type '${type}' (known: ${ENTITY_TYPES.join(', ')})`);
  return factory();
}
