import { z } from 'zod';
import { RuleFileSchema } from './schema';

/**
 * The JSON Schema shipped as rules/schema.json, generated from the same zod schema the loader
 * uses, so editors autocomplete exactly what the loader accepts. `npm run schema` rewrites it; a
 * test fails when the committed file drifts.
 */
export function ruleFileJsonSchema(): string {
  const schema = z.toJSONSchema(RuleFileSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: 'scrubline rule file' }, null, 2)}\n`;
}
