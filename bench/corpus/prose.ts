import type { Rng } from './rng';
import type { LookalikeKind, PiiType } from './values';

/**
 * Sentences as they appear in prompts, completions and tool output. A planted value usually comes
 * with the words people put next to it ("my IBAN is …"), sometimes with none, as in real logs.
 */
const PII_PHRASES: Readonly<Record<PiiType, readonly string[]>> = {
  EMAIL: ['You can reach me at {x} if anything changes.', 'Forward the transcript to {x} please.', 'Customer email on file: {x}.'],
  PHONE: ['My number is {x}, call after five.', 'The caller left a callback number {x}.', 'Phone: {x}.'],
  CREDIT_CARD: ['Charge the card {x} for the upgrade.', 'Payment failed for card number {x} with a decline.', 'my visa is {x} exp 09/29'],
  IBAN: ['Please refund the deposit to IBAN {x} this week.', 'Wire the balance to {x} before Friday.'],
  US_SSN: ['My social security number is {x}.', 'SSN {x} was entered on the form.'],
  US_ITIN: ['The ITIN on the W-7 is {x}.', 'Taxpayer id {x} was rejected.'],
  IPV4: ['The request from {x} was throttled.', 'client_ip={x} upstream timeout'],
  IPV6: ['Client {x} opened a websocket.', 'remote_addr {x} rejected by policy'],
  MAC_ADDRESS: ['Device {x} joined the guest network.', 'hw addr {x} seen twice'],
  UK_NINO: ['My National Insurance number is {x}.', 'NINO {x} needs checking.'],
  UK_NHS: ['The patient NHS number is {x}.', 'NHS no. {x} on the referral.'],
  CA_SIN: ['My SIN is {x} for the payroll form.', 'Social insurance number {x} provided.'],
  BTC_ADDRESS: ['Send the refund to my bitcoin wallet {x}.', 'BTC payout address {x}.'],
  ETH_ADDRESS: ['My ethereum address is {x}.', 'Withdraw to {x} on mainnet.'],
  URL_CREDENTIALS: ['Connecting to {x} failed with a timeout.', 'DATABASE_URL={x}'],
  AWS_ACCESS_KEY: ['aws_access_key_id = {x}', 'The pipeline used access key {x} for the upload.'],
  GITHUB_TOKEN: ['git clone with token {x} failed.', 'GITHUB_TOKEN={x}'],
  OPENAI_API_KEY: ['export OPENAI_API_KEY={x}', 'The request used key {x} and was rate limited.'],
  ANTHROPIC_API_KEY: ['ANTHROPIC_API_KEY={x}', 'Configured the client with {x}.'],
  SLACK_TOKEN: ['Posting the summary with {x}.', 'SLACK_BOT_TOKEN={x}'],
  STRIPE_KEY: ['stripe.api_key = {x}', 'The webhook handler uses {x}.'],
  GOOGLE_API_KEY: ['GOOGLE_API_KEY={x}', 'Maps call with key={x} returned 403.'],
  JWT: ['Session token {x} expired.', 'id_token={x}'],
  PRIVATE_KEY: ['Here is the deploy key:\n{x}\nUse it for the staging box.', 'key material follows {x}'],
  BEARER_TOKEN: ["curl -H 'Authorization: {x}' https://api.acme-corp.io/v2/orders", 'Authorization: {x}'],
};

/** With no hint at all: the value sits in text that says nothing about what it is. */
const BARE_PHRASES = ['Noted {x} as requested.', 'ref {x}', 'Value: {x}', '({x})'];

const LOOKALIKE_PHRASES: Readonly<Record<LookalikeKind, readonly string[]>> = {
  LUHN_FAILING_NUMBER: ['Order {x} shipped today.', 'tracking number {x}'],
  BAD_CHECKSUM_IBAN: ['The form rejected {x} as invalid.', 'reference {x} from the statement'],
  INVALID_SSN: ['Test fixture uses {x} as a placeholder.', 'sample id {x}'],
  UUID: ['conversation {x} resumed', 'request_id={x}'],
  GIT_SHA: ['deployed commit {x}', 'revert {x}'],
  EPOCH_MS: ['cache entry written at {x}', 'ts={x}'],
  EPOCH_S: ['token exp {x}', 'created={x}'],
  ISO_TIMESTAMP: ['The meeting is at {x}.', 'last_seen {x}'],
  SEMVER: ['upgraded the SDK to {x}', 'version {x}'],
  BUILD_NUMBER: ['build {x} is green', 'firmware {x}'],
  PRICE: ['The annual plan costs {x}.', 'refund of {x} approved'],
  DECORATOR: ['Add the {x} decorator to the class.', 'the {x} annotation is missing'],
  PKG_VERSION: ['npm install {x}', 'pinned {x} in the lockfile'],
  SK_LEARN: ['use {x} for the baseline model', 'pip install scikit-learn (not {x})'],
  TRACE_ID: ['trace_id={x}', 'span parent {x}'],
};

const SUBJECTS = ['The assistant', 'The retriever', 'This answer', 'The summary', 'The user', 'Our policy', 'The model', 'The agent', 'The report', 'The ticket'];
const VERBS = ['explains', 'covers', 'mentions', 'compares', 'describes', 'lists', 'reviews', 'outlines', 'questions', 'clarifies'];
const OBJECTS = [
  'the refund policy for annual plans',
  'how the quarterly revenue changed',
  'the steps to reset a password',
  'why the deployment was rolled back',
  'the differences between the two contracts',
  'which documents mention the warranty',
  'the latency of the embedding service',
  'the onboarding checklist for new hires',
  'the shipping options for international orders',
  'what the error in the billing job means',
  'how to configure single sign-on',
  'the terms of the data processing agreement',
];
const TAILS = ['', ' in detail', ' briefly', ' with examples', ' step by step', ' for the customer', ' in plain language'];

/** A sentence with no sensitive value and nothing that looks like one. */
export function filler(rng: Rng): string {
  return `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}${rng.pick(TAILS)}.`;
}

export function piiSentence(rng: Rng, type: PiiType, text: string): string {
  const phrases = rng.chance(0.8) ? PII_PHRASES[type] : BARE_PHRASES;
  return rng.pick(phrases).replace('{x}', () => text);
}

export function lookalikeSentence(rng: Rng, kind: LookalikeKind, text: string): string {
  return rng.pick(LOOKALIKE_PHRASES[kind]).replace('{x}', () => text);
}
