// A streamed chat completion, tracked and logged through pino and through winston.
// Run: npm run demo:llm   (builds first; the stream is simulated with the exact chunk shapes the
// openai SDK yields, so no API key is needed: swap in `openai.chat.completions.create(request)`).
const pino = require('pino');
const winston = require('winston');
const { trackLlmCall } = require('scrubline');
// Until the entry points re-export them: scrubline/pino and scrubline/winston.
const { pinoLlmOptions } = require('scrubline/pino');
const { llmFormat } = require('scrubline/winston');

const request = {
  model: 'gpt-4o-mini',
  temperature: 0.3,
  stream: true,
  stream_options: { include_usage: true },
  messages: [{ role: 'user', content: 'Write a two-line note to jane.doe@example.com about her refund.' }],
};

/** What the openai SDK streams: a role chunk, content chunks, a finish chunk, a usage-only chunk. */
async function* simulatedCompletion() {
  const head = { id: 'chatcmpl-demo', object: 'chat.completion.chunk', created: 1764400000, model: 'gpt-4o-mini-2024-07-18' };
  const chunk = (delta, finish_reason = null) => ({ ...head, choices: [{ index: 0, delta, logprobs: null, finish_reason }], usage: null });
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  await wait(180);
  yield chunk({ role: 'assistant', content: '' });
  for (const content of ['Hi Jane, ', 'your refund ', 'is on its way. ', 'Reply to jane.doe@example.com ', 'with questions.']) {
    await wait(40);
    yield chunk({ content });
  }
  yield chunk({}, 'stop');
  yield { ...head, choices: [], usage: { prompt_tokens: 21, completion_tokens: 19, total_tokens: 40, prompt_tokens_details: { cached_tokens: 0 } } };
}

async function call(onRecord) {
  const stream = trackLlmCall(simulatedCompletion(), { request, prompt: { name: 'refund-note', version: '2' }, onRecord });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
  return text;
}

async function main() {
  const pinoLogger = pino({ ...pinoLlmOptions({ content: 'redact' }) });
  await call((llm) => pinoLogger.info({ llm }, 'llm call'));

  const winstonLogger = winston.createLogger({
    format: winston.format.combine(llmFormat({ content: 'drop', names: 'camel' }), winston.format.json()),
    transports: [new winston.transports.Console()],
  });
  await call((llm) => winstonLogger.info('llm call', { llm }));
}

main();
