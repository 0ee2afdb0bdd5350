import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createRedactor } from '../../src/index';
import { chunking, chunks } from '../../src/testing/chunking';
import { ENGINES } from '../support/engines';
import { SIMPLE_RULES } from '../support/simple-rules';

/** Chunk shapes as openai 6.x and @anthropic-ai/sdk 1.x stream them (see shared DESIGN.md). */
type Obj = Record<string, unknown>;

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const TEXT = 'Sure! Call Jane at +1 415 555 0132 or write to jane.doe@example.com. Card: 4111 1111 1111 1111.';
const ARGS = '{"email":"jane.doe@example.com","phone":"+1 415 555 0132"}';

function openAiChat(contentPieces: readonly string[], argPieces: readonly string[]): Obj[] {
  const envelope = { id: 'chatcmpl-9x', object: 'chat.completion.chunk', created: 1764400000, model: 'gpt-4o-mini-2024-07-18', system_fingerprint: 'fp_1' };
  const choice = (delta: Obj, finish: string | null = null) => ({ ...envelope, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
  return [
    choice({ role: 'assistant', content: '', refusal: null }),
    ...contentPieces.map((content) => choice({ content })),
    choice({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'send_email', arguments: '' } }] }),
    ...argPieces.map((a) => choice({ tool_calls: [{ index: 0, function: { arguments: a } }] })),
    choice({}, 'tool_calls'),
    { ...envelope, choices: [], usage: { prompt_tokens: 20, completion_tokens: 40, total_tokens: 60 } },
  ];
}

function anthropic(textPieces: readonly string[], jsonPieces: readonly string[]): Obj[] {
  return [
    { type: 'message_start', message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5', content: [], stop_reason: null, usage: { input_tokens: 10, output_tokens: 1 } } },
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    { type: 'ping' },
    ...textPieces.map((text) => ({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } })),
    { type: 'content_block_stop', index: 0 },
    { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 'toolu_1', name: 'send_email', input: {} } },
    ...jsonPieces.map((partial_json) => ({ type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json } })),
    { type: 'content_block_stop', index: 1 },
    { type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 42 } },
    { type: 'message_stop' },
  ];
}

function responses(textPieces: readonly string[]): Obj[] {
  let seq = 0;
  const ev = (e: Obj) => ({ ...e, sequence_number: seq++ });
  const ids = { item_id: 'msg_1', output_index: 0, content_index: 0 };
  const full = textPieces.join('');
  return [
    ev({ type: 'response.created', response: { id: 'resp_1', status: 'in_progress', output: [] } }),
    ...textPieces.map((delta) => ev({ type: 'response.output_text.delta', ...ids, delta, logprobs: [] })),
    ev({ type: 'response.output_text.done', ...ids, text: full, logprobs: [] }),
    ev({ type: 'response.content_part.done', ...ids, part: { type: 'output_text', text: full, annotations: [] } }),
    ev({ type: 'response.completed', response: { id: 'resp_1', status: 'completed', output: [{ id: 'msg_1', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: full }] }], usage: { input_tokens: 5, output_tokens: 30 } } }),
  ];
}

const get = (o: unknown, ...path: (string | number)[]): unknown => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], o);

describe.each(ENGINES)('SDK chunks on %s', (engine) => {
  // Stream mechanics, so a fixed rule set: the packs' exactness is tested in stream.test.ts.
  const redactor = createRedactor({ engine, packs: [], rules: [SIMPLE_RULES] });

  test('OpenAI Chat Completions: content and tool arguments redacted across chunks, one chunk out per chunk in', async () => {
    await fc.assert(
      fc.asyncProperty(chunking(), chunking(), async (a, b) => {
        const input = openAiChat(chunks(TEXT, a), chunks(ARGS, b));
        const snapshot = structuredClone(input);
        const out = (await collect(redactor.redactIterable(input))) as Obj[];
        expect(input).toEqual(snapshot); // never mutated
        expect(out).toHaveLength(input.length);
        const content = out.map((c) => get(c, 'choices', 0, 'delta', 'content') ?? '').join('');
        const args = out.map((c) => get(c, 'choices', 0, 'delta', 'tool_calls', 0, 'function', 'arguments') ?? '').join('');
        expect(content).toBe(redactor.redact(TEXT));
        expect(args).toBe(redactor.redact(ARGS));
        // Everything but the text is as it came: envelope, tool name, finish reason, usage chunk.
        out.forEach((chunk, i) => {
          expect(chunk['id']).toBe(input[i]!['id']);
          expect(get(chunk, 'choices', 0, 'finish_reason')).toBe(get(input[i], 'choices', 0, 'finish_reason'));
        });
        expect(get(out[input.length - 1], 'usage')).toEqual(get(input[input.length - 1], 'usage'));
        expect(JSON.stringify(out)).toContain('"name":"send_email"');
      }),
      { numRuns: 40 },
    );
  });

  test('OpenAI: the held-back tail rides on the finish_reason chunk', async () => {
    const out = (await collect(redactor.redactIterable(openAiChat(['call +1 415 555 0132'], [])))) as Obj[];
    const finish = out.find((c) => get(c, 'choices', 0, 'finish_reason') === 'tool_calls');
    expect(get(finish, 'choices', 0, 'delta', 'content')).toBe('[PHONE]');
  });

  test('OpenAI: token logprobs repeat the raw text, so they are dropped', async () => {
    const chunk = { id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'jane.doe@example.com ' }, logprobs: { content: [{ token: 'jane', bytes: [106], logprob: -0.1 }] }, finish_reason: 'stop' }] };
    const [out] = (await collect(redactor.redactIterable([chunk]))) as Obj[];
    expect(get(out, 'choices', 0, 'logprobs')).toBeNull();
    expect(get(out, 'choices', 0, 'delta', 'content')).toBe('[EMAIL] ');
  });

  test('Anthropic Messages: text and tool input JSON redacted across deltas; the tail comes as a delta before content_block_stop', async () => {
    await fc.assert(
      fc.asyncProperty(chunking(), chunking(), async (a, b) => {
        const input = anthropic(chunks(TEXT, a), chunks(ARGS, b));
        const out = (await collect(redactor.redactIterable(input))) as Obj[];
        const deltas = (index: number, field: string) =>
          out
            .filter((e) => e['type'] === 'content_block_delta' && e['index'] === index)
            .map((e) => get(e, 'delta', field))
            .join('');
        expect(deltas(0, 'text')).toBe(redactor.redact(TEXT));
        expect(deltas(1, 'partial_json')).toBe(redactor.redact(ARGS));
        // Same events in the same order, plus deltas; every delta sits between its block's start and stop.
        expect(out.filter((e) => e['type'] !== 'content_block_delta').map((e) => e['type'])).toEqual(input.filter((e) => e['type'] !== 'content_block_delta').map((e) => e['type']));
        for (const index of [0, 1]) {
          const start = out.findIndex((e) => e['type'] === 'content_block_start' && e['index'] === index);
          const stop = out.findIndex((e) => e['type'] === 'content_block_stop' && e['index'] === index);
          out.forEach((e, i) => {
            if (e['type'] === 'content_block_delta' && e['index'] === index) expect(i > start && i < stop).toBe(true);
          });
        }
        const usage = out.find((e) => e['type'] === 'message_delta');
        expect(get(usage, 'usage', 'output_tokens')).toBe(42);
      }),
      { numRuns: 40 },
    );
  });

  test('OpenAI Responses: deltas redacted across events, and every full text (done, completed) equals their concatenation', async () => {
    await fc.assert(
      fc.asyncProperty(chunking(), async (a) => {
        const out = (await collect(redactor.redactIterable(responses(chunks(TEXT, a))))) as Obj[];
        const streamed = out
          .filter((e) => e['type'] === 'response.output_text.delta')
          .map((e) => e['delta'])
          .join('');
        const expected = redactor.redact(TEXT);
        expect(streamed).toBe(expected);
        expect(out.find((e) => e['type'] === 'response.output_text.done')!['text']).toBe(expected);
        expect(get(out.find((e) => e['type'] === 'response.content_part.done'), 'part', 'text')).toBe(expected);
        expect(get(out.find((e) => e['type'] === 'response.completed'), 'response', 'output', 0, 'content', 0, 'text')).toBe(expected);
        const lastDelta = out.map((e) => e['type']).lastIndexOf('response.output_text.delta');
        expect(lastDelta).toBeLessThan(out.findIndex((e) => e['type'] === 'response.output_text.done'));
      }),
      { numRuns: 40 },
    );
  });

  test('a stream cut off mid-block still releases its redacted tail as one more chunk of the same kind', async () => {
    const cut = anthropic(['reach me on +1 415 555 ', '0132'], []).slice(0, 5);
    const out = (await collect(redactor.redactIterable(cut))) as Obj[];
    expect(out.at(-1)).toEqual({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: '[PHONE]' } });
  });
});
