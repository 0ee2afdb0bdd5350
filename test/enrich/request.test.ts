import { expect, test } from 'vitest';
import { describeRequest } from '../../src/enrich/request';

test('OpenAI chat parameters under their OpenTelemetry meaning', () => {
  const d = describeRequest({ model: 'gpt-4o', messages: [], temperature: 0, top_p: 1, max_completion_tokens: 100, seed: 3, stop: 'END', n: 2, frequency_penalty: 0.5, presence_penalty: -0.5, stream: true, tools: [{ type: 'function', function: { name: 'b' } }, { type: 'function', function: { name: 'a' } }] });
  expect(d.params).toEqual({ model: 'gpt-4o', temperature: 0, topP: 1, maxTokens: 100, seed: 3, stopSequences: ['END'], choiceCount: 2, frequencyPenalty: 0.5, presencePenalty: -0.5, stream: true });
  expect(d.toolNames).toEqual(['b', 'a']);
  expect(d.input).toEqual({ messages: [] });
});

test('Anthropic: system beside the messages, stop_sequences, top_k, tools by name', () => {
  const d = describeRequest({ model: 'claude-sonnet-4-5', system: [{ type: 'text', text: 'Be kind.' }], messages: [{ role: 'user', content: 'Hi' }], max_tokens: 1024, stop_sequences: ['\n\nHuman:'], top_k: 40, tools: [{ name: 'weather', input_schema: {} }] });
  expect(d.params).toEqual({ model: 'claude-sonnet-4-5', maxTokens: 1024, stopSequences: ['\n\nHuman:'], topK: 40 });
  expect(d.input).toEqual({ system: [{ type: 'text', content: 'Be kind.' }], messages: [{ role: 'user', parts: [{ type: 'text', content: 'Hi' }] }] });
  expect(d.toolNames).toEqual(['weather']);
});

test('OpenAI Responses: instructions and input; legacy completions: prompt', () => {
  expect(describeRequest({ model: 'gpt-4.1', instructions: 'Terse.', input: 'Hi', max_output_tokens: 9 })).toMatchObject({
    params: { model: 'gpt-4.1', maxTokens: 9 },
    input: { system: [{ type: 'text', content: 'Terse.' }], messages: [{ role: 'user', parts: [{ type: 'text', content: 'Hi' }] }] },
  });
  expect(describeRequest({ model: 'gpt-3.5-turbo-instruct', prompt: ['a', 'b'] }).input).toEqual({
    messages: [
      { role: 'user', parts: [{ type: 'text', content: 'a' }] },
      { role: 'user', parts: [{ type: 'text', content: 'b' }] },
    ],
  });
});

test('wrong types are ignored, not passed on', () => {
  expect(describeRequest({ model: 7, temperature: '0.2', seed: Number.NaN, stop: [1, 'x'] }).params).toEqual({ stopSequences: ['x'] });
  expect(describeRequest(undefined)).toEqual({ params: {}, input: undefined, toolNames: [] });
  expect(describeRequest('prompt')).toEqual({ params: {}, input: undefined, toolNames: [] });
});
