import { btcAddress } from './btc-address';
import { caSin } from './ca-sin';
import { iban } from './iban';
import { ipv4 } from './ipv4';
import { ipv6 } from './ipv6';
import { jwt } from './jwt';
import { luhn } from './luhn';
import { macAddress } from './mac-address';
import { phone } from './phone';
import { phoneNational } from './phone-national';
import { ukNhs } from './uk-nhs';
import { ukNino } from './uk-nino';
import { usSsn } from './us-ssn';

/** A validator sees the matched value and says whether it really is what the rule looks for. */
export type Validator = (value: string) => boolean;

/** The named validators a rule file may list under `validate:`. */
export const VALIDATORS = {
  luhn,
  iban,
  'us-ssn': usSsn,
  ipv4,
  ipv6,
  'ca-sin': caSin,
  'uk-nhs': ukNhs,
  'uk-nino': ukNino,
  'mac-address': macAddress,
  'btc-address': btcAddress,
  jwt,
  phone,
  'phone-national': phoneNational,
} as const satisfies Record<string, Validator>;

export type ValidatorName = keyof typeof VALIDATORS;
export const VALIDATOR_NAMES = Object.keys(VALIDATORS) as [ValidatorName, ...ValidatorName[]];
