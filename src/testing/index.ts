/**
 * scrubline/testing: fast-check arbitraries for every built-in entity type and its lookalikes,
 * log-shaped carriers, and property helpers that throw with the shrunk counterexample. Needs the
 * optional peer dependency fast-check 4; nothing else in scrubline imports it.
 */
export type { Planted, Sample, Span } from './planted';
export { toPlanted, wrap, plantedValues } from './planted';

// Property helpers.
export { expectNoLeak } from './no-leak';
export { expectUntouched } from './untouched';
export { expectIdempotent } from './idempotent';
export { expectChunkingInvariant, chunking, chunks } from './chunking';
export type { Chunking, ChunkedText } from './chunking';
export { PropertyFailure, runProperty } from './property';
export type { PropertyParameters, RedactorLike, Verdict } from './property';

// Entities, by type and by family.
export { entity, ENTITY_TYPES } from './entities/index';
export type { EntityType } from './entities/index';
export { creditCard, luhnInvalidCard, luhnCheckDigit, CARD_BRANDS, CARD_FORMATS } from './entities/cards';
export type { CardBrand, CardFormat, CardOptions } from './entities/cards';
export { iban, badChecksumIban, ibanCheckDigits, IBAN_COUNTRY_CODES } from './entities/iban';
export type { IbanFormat, IbanOptions } from './entities/iban';
export { usSsn, invalidSsn, usItin } from './entities/us-ids';
export type { SsnFormat, SsnOptions } from './entities/us-ids';
export { phone, PHONE_COUNTRIES, PHONE_FORMATS } from './entities/phone';
export type { PhoneCountry, PhoneFormat, PhoneOptions } from './entities/phone';
export { email, emailLookalike } from './entities/email';
export { ipv4, ipv4Lookalike, ipv6, ipv6Lookalike, macAddress } from './entities/ip';
export type { Ipv6Notation, Ipv6Options, MacNotation } from './entities/ip';
export { ukNino, ukNhs, caSin } from './entities/national-ids';
export { bitcoinAddress, ethereumAddress, cryptoAddress } from './entities/crypto';
export type { BitcoinKind } from './entities/crypto';
export { jwt, privateKey, bearerToken, urlCredentials } from './entities/credentials';
export {
  awsAccessKeyId,
  awsSecretAccessKey,
  githubToken,
  gitlabToken,
  slackToken,
  stripeKey,
  openaiApiKey,
  anthropicApiKey,
  googleApiKey,
  huggingfaceToken,
  npmToken,
  sendgridKey,
  twilioApiKey,
} from './entities/secrets';

// Lookalikes.
export { lookalike, timestamp, uuid, semver, gitSha, hexDigest, orderNumber, price, measurement, prefixWord } from './lookalikes';

// Carriers.
export { inLogLine } from './carriers/index';
export { inProse, FILLER_WORDS, ADJACENT_PUNCTUATION } from './carriers/prose';
export type { ProseOptions } from './carriers/prose';
export { inJson } from './carriers/json';
export type { JsonOptions, JsonPlacement } from './carriers/json';
export { inUrl, inHostPort } from './carriers/url';
export type { UrlOptions, UrlPlace, UrlEncoding } from './carriers/url';
export { inStackTrace } from './carriers/stack-trace';
export type { StackStyle } from './carriers/stack-trace';
