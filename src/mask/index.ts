import { hashMask } from './hash';
import { labelMask } from './label';
import { partialMask } from './partial';

/** How a finding is replaced. */
export type MaskSpec =
  | { operator: 'label'; label?: string | undefined }
  | { operator: 'mask'; char: string; keepFirst: number; keepLast: number; keepSeparators: boolean }
  | { operator: 'hash'; length: number }
  | { operator: 'remove' }
  | { operator: 'replace'; value: string };

export type MaskOperator = MaskSpec['operator'];

/** Replaces one finding's value. */
export type Masker = (value: string) => string;

export function buildMasker(spec: MaskSpec, type: string, hmacKey: Buffer | undefined): Masker {
  switch (spec.operator) {
    case 'label':
      return labelMask(spec.label ?? type);
    case 'mask':
      return partialMask(spec);
    case 'hash':
      // Checked when the policy compiles; kept here so a masker can never hash without a key.
      if (hmacKey === undefined) throw new Error('hash mask without a key');
      return hashMask(hmacKey, type, spec.length);
    case 'remove':
      return () => '';
    case 'replace': {
      const value = spec.value;
      return () => value;
    }
  }
}
