import { expect, test } from 'vitest';
import { partTexts, toMessages } from '../../src/enrich/messages';

test('OpenAI chat history: text parts, images by kind only, tool calls with parsed arguments, tool results', () => {
  expect(
    toMessages([
      { role: 'developer', content: 'Be brief.' },
      { role: 'user', content: [{ type: 'text', text: 'What is this?' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } }] },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"cat"}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: 'a cat' },
    ]),
  ).toEqual([
    { role: 'developer', parts: [{ type: 'text', content: 'Be brief.' }] },
    { role: 'user', parts: [{ type: 'text', content: 'What is this?' }, { type: 'image_url' }] },
    { role: 'assistant', parts: [{ type: 'tool_call', id: 'call_1', name: 'lookup', arguments: { q: 'cat' } }] },
    { role: 'tool', parts: [{ type: 'tool_call_response', id: 'call_1', result: 'a cat' }] },
  ]);
});

test('Anthropic blocks: tool_use, tool_result with blocks, thinking, base64 images by kind only', () => {
  expect(
    toMessages([
      { role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } }, { type: 'text', text: 'Weather?' }] },
      { role: 'assistant', content: [{ type: 'thinking', thinking: 'call the tool', signature: 'sig' }, { type: 'tool_use', id: 'toolu_1', name: 'weather', input: { city: 'Oslo' } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'text', text: '-3°C' }] }] },
    ]),
  ).toEqual([
    { role: 'user', parts: [{ type: 'image' }, { type: 'text', content: 'Weather?' }] },
    { role: 'assistant', parts: [{ type: 'reasoning', content: 'call the tool' }, { type: 'tool_call', id: 'toolu_1', name: 'weather', arguments: { city: 'Oslo' } }] },
    { role: 'user', parts: [{ type: 'tool_call_response', id: 'toolu_1', result: [{ type: 'text', content: '-3°C' }] }] },
  ]);
});

test('OpenAI Responses input items, a bare string, and arguments that are not JSON', () => {
  expect(
    toMessages([
      'hello',
      { role: 'user', content: [{ type: 'input_text', text: 'hi' }, { type: 'input_file', file_id: 'file-1' }] },
      { type: 'function_call', call_id: 'fc_1', name: 'f', arguments: 'not json' },
      { type: 'function_call_output', call_id: 'fc_1', output: '42' },
      { type: 'reasoning', summary: [{ type: 'summary_text', text: 'thought' }] },
      42,
    ]),
  ).toEqual([
    { role: 'user', parts: [{ type: 'text', content: 'hello' }] },
    { role: 'user', parts: [{ type: 'text', content: 'hi' }, { type: 'input_file' }] },
    { role: 'assistant', parts: [{ type: 'tool_call', id: 'fc_1', name: 'f', arguments: 'not json' }] },
    { role: 'tool', parts: [{ type: 'tool_call_response', id: 'fc_1', result: '42' }] },
    { role: 'assistant', parts: [{ type: 'reasoning', content: 'thought' }] },
  ]);
});

test('the text a provider tokenises: text, reasoning, tool names, arguments and results', () => {
  const texts = partTexts([
    { type: 'text', content: 'a' },
    { type: 'reasoning', content: 'b' },
    { type: 'tool_call', name: 'f', arguments: { x: 1 } },
    { type: 'tool_call_response', result: [{ type: 'text', content: 'c' }] },
    { type: 'image' },
  ]);
  expect(texts).toEqual(['a', 'b', 'f', '{"x":1}', 'c']);
});
