import type { MaskInput } from '../rules/schema';
import { MaskSchema } from '../rules/schema';
import type { MaskSpec } from './index';

/** A shorthand (`mask: hash`) or partial object becomes a full spec with the schema's defaults. */
export function normalizeMask(input: MaskInput): MaskSpec {
  const parsed = MaskSchema.parse(input);
  return typeof parsed === 'string' ? (MaskSchema.parse({ operator: parsed }) as MaskSpec) : parsed;
}
