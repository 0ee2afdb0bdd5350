import type { RuleFileInput } from '../../src/index';

/**
 * A small, fixed rule set for tests about stream mechanics (what is held back, which chunk
 * carries what): independent of how the built-in packs evolve. Unlike several pack rules, none of
 * these consumes a separator before the value.
 */
export const SIMPLE_RULES: RuleFileInput = {
  rules: [
    { id: 'email', type: 'EMAIL', regex: '[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\\.){1,8}[A-Za-z]{2,24}\\b' },
    { id: 'card', type: 'CREDIT_CARD', regex: '\\b(?:\\d[ -]?){12,18}\\d\\b', validate: ['luhn'] },
    { id: 'ssn', type: 'US_SSN', regex: '\\b\\d{3}[- ]\\d{2}[- ]\\d{4}\\b', validate: ['us-ssn'] },
    { id: 'phone', type: 'PHONE', regex: '(?:\\+[1-9]\\d{0,2}[ .-]?)?(?:\\(\\d{2,4}\\)[ .-]?|\\b\\d{2,4}[ .-])\\d{3,4}[ .-]\\d{3,4}\\b' },
  ],
};
