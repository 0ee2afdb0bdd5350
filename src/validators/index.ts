import { iban } from './iban';
import { ipv4 } from './ipv4';
import { luhn } from './luhn';
import { usSsn } from './us-ssn';

/** A validator sees the matched value and says whether it really is what the rule looks for. */
export type Validator = (value: string) => boolean;

/** The named validators a rule file may list under `validate:`. */
export const VALIDATORS = {
  luhn,
  iban,
  'us-ssn': usSsn,
  ipv4,
} as const satisfies Record<string, Validator>;

export type ValidatorName = keyof typeof VALIDATORS;
export const VALIDATOR_NAMES = Object.keys(VALIDATORS) as [ValidatorName, ...ValidatorName[]];
