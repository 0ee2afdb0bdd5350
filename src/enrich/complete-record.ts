import { partTexts } from './messages';
import { costOf, priceFor, type PricingTable } from './pricing';
import type { LlmCallRecord, LlmUsage } from './record';
import { countTokens } from './tokens';

export interface CompletionOptions {
  /** Your prices, merged over the built-in table; `false`: no cost. */
  readonly pricing?: PricingTable | false;
  /** Count tokens locally when the provider did not report them. Default `true`. */
  readonly estimateTokens?: boolean;
}

function inputTexts(input: LlmCallRecord['input']): string[] {
  if (input === undefined) return [];
  if (typeof input === 'string') return [input];
  const out = partTexts(input.system ?? []);
  for (const m of input.messages ?? []) partTexts(m.parts, out);
  return out;
}

function outputTexts(output: LlmCallRecord['output']): string[] {
  if (output === undefined) return [];
  if (typeof output === 'string') return [output];
  if (!Array.isArray(output)) return [];
  const out: string[] = [];
  for (const m of output) partTexts(m.parts, out);
  return out;
}

/** Undefined when there is no text, or when it cannot be counted: the count stays unknown rather than the log line failing. */
function estimate(texts: () => string[], model: string | undefined): number | undefined {
  try {
    const all = texts();
    return all.length === 0 ? undefined : countTokens(all, model);
  } catch {
    return undefined;
  }
}

/**
 * Fills what a record lacks and can be derived: token counts from the ORIGINAL text (the caller
 * must run this before any redaction) when the provider reported none, then the cost. Reported
 * numbers are never replaced. Returns the same record when there is nothing to add.
 */
export function completeRecord(record: LlmCallRecord, options: CompletionOptions = {}): LlmCallRecord {
  const model = record.request?.model ?? record.response?.model;
  const reported: LlmUsage = record.usage ?? {};
  let usage = reported;
  if (options.estimateTokens !== false) {
    if (usage.inputTokens === undefined) {
      const n = estimate(() => inputTexts(record.input), model);
      if (n !== undefined) usage = { ...usage, inputTokens: n, inputEstimated: true };
    }
    if (usage.outputTokens === undefined) {
      const n = estimate(() => outputTexts(record.output), model);
      if (n !== undefined) usage = { ...usage, outputTokens: n, outputEstimated: true };
    }
  }
  let cost = record.cost;
  if (cost === undefined && options.pricing !== false) {
    const price = priceFor([record.response?.model, record.request?.model], options.pricing);
    if (price !== undefined) cost = costOf(usage, price);
  }
  if (usage === reported && cost === record.cost) return record;
  return { ...record, ...(usage === reported ? {} : { usage }), ...(cost === undefined ? {} : { cost }) };
}
