import { isObject, str, toMessages, toParts } from './messages';
import type { LlmInput, LlmRequestParams } from './record';

export interface DescribedRequest {
  readonly params: LlmRequestParams;
  readonly input: LlmInput | undefined;
  /** Tool names only: part of the configuration hash, never their schemas. */
  readonly toolNames: readonly string[];
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function stops(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((s): s is string => typeof s === 'string');
  return undefined;
}

/**
 * Reads the request body an SDK was given (OpenAI Chat / Responses / legacy completions, Anthropic
 * Messages): parameters under their OpenTelemetry meaning, and the prompt as messages.
 */
export function describeRequest(body: unknown): DescribedRequest {
  if (!isObject(body)) return { params: {}, input: undefined, toolNames: [] };
  const params: LlmRequestParams = {
    model: str(body['model']),
    temperature: num(body['temperature']),
    topP: num(body['top_p']),
    topK: num(body['top_k']),
    maxTokens: num(body['max_tokens']) ?? num(body['max_completion_tokens']) ?? num(body['max_output_tokens']),
    seed: num(body['seed']),
    stopSequences: stops(body['stop']) ?? stops(body['stop_sequences']),
    frequencyPenalty: num(body['frequency_penalty']),
    presencePenalty: num(body['presence_penalty']),
    choiceCount: num(body['n']),
    stream: typeof body['stream'] === 'boolean' ? body['stream'] : undefined,
  };

  const system = body['system'] ?? body['instructions'];
  const history = body['messages'] ?? body['input'] ?? body['prompt'];
  const input: LlmInput | undefined =
    system === undefined && history === undefined
      ? undefined
      : {
          ...(system === undefined ? {} : { system: toParts(system) }),
          ...(history === undefined ? {} : { messages: toMessages(history) }),
        };

  const toolNames = Array.isArray(body['tools'])
    ? body['tools'].flatMap((t) => {
        if (!isObject(t)) return [];
        const name = str(isObject(t['function']) ? t['function']['name'] : undefined) ?? str(t['name']);
        return name === undefined ? [] : [name];
      })
    : [];
  return { params: dropUndefined(params), input, toolNames };
}

export function dropUndefined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}
