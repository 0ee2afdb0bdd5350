// The whole product in one command: a small LLM app whose fake model streams a completion (no
// network, the exact chunk shapes of the openai SDK), logging through pino (scrubbed in pino's
// worker thread) and through winston (every transport behind the scrubber), with the LLM
// enrichers, on the built-in packs. It then prints what reached each sink.
// Run: npm run demo   (builds first; loads the package by its name, as an app would)
const { mkdtempSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const pino = require('pino');
const winston = require('winston');
const { createRedactor, trackLlmCall } = require('scrubline');
const { scrubbedTransport, pinoLlmOptions } = require('scrubline/pino');
const { redactLogger, llmFormat } = require('scrubline/winston');

const dir = mkdtempSync(join(tmpdir(), 'scrubline-demo-'));
const pinoFile = join(dir, 'pino.log');
const winstonFile = join(dir, 'winston.log');

// What the app must never write to a log, all of it in the prompt, the completion or the request.
const PLANTED = ['jane.doe@example.com', '+1 415-555-0132', '4111 1111 1111 1111', 'DE89370400440532013000', 'sk-proj-demo0123456789abcdefghijklmnopqrstuvwxyzABCD', '203.0.113.42'];

const request = {
  model: 'gpt-4o-mini',
  temperature: 0.2,
  max_tokens: 200,
  stream: true,
  stream_options: { include_usage: true },
  messages: [
    { role: 'system', content: 'You are a billing assistant.' },
    { role: 'user', content: 'I am jane.doe@example.com, call me at +1 415-555-0132. Refund card 4111 1111 1111 1111 to IBAN DE89370400440532013000.' },
  ],
};

/** A fake model: a role chunk, content chunks (a value split across two of them), a usage chunk. */
async function* fakeModel() {
  const head = { id: 'chatcmpl-demo', object: 'chat.completion.chunk', created: 1764400000, model: 'gpt-4o-mini-2024-07-18' };
  const chunk = (delta, finish_reason = null) => ({ ...head, choices: [{ index: 0, delta, logprobs: null, finish_reason }], usage: null });
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  await wait(120);
  yield chunk({ role: 'assistant', content: '' });
  for (const content of ['Done, Jane. ', 'The refund goes to DE8937040044', '0532013000; ', 'we will text +1 415-', '555-0132 when it lands.']) {
    await wait(30);
    yield chunk({ content });
  }
  yield chunk({}, 'stop');
  yield { ...head, choices: [], usage: { prompt_tokens: 48, completion_tokens: 31, total_tokens: 79 } };
}

/** One tracked call; what the user sees is redacted chunk by chunk, exactly across chunk edges. */
async function chat(redactor, onRecord) {
  const stream = trackLlmCall(fakeModel(), { request, prompt: { name: 'refund', version: '3' }, onRecord });
  let shown = '';
  for await (const chunk of redactor.redactIterable(stream)) shown += chunk.choices[0]?.delta?.content ?? '';
  return shown;
}

async function main() {
  const redactor = createRedactor(); // packs: pii + secrets
  console.log(`scrubline demo — engine ${redactor.engine}, logs in ${dir}\n`);

  // pino: every sink behind the scrubbing step, in pino's worker thread; LLM fields from a mixin.
  const transport = pino.transport(scrubbedTransport({ targets: [{ target: 'pino/file', options: { destination: pinoFile } }] }));
  const pinoLogger = pino({ ...pinoLlmOptions({ content: 'redact' }) }, transport);

  // winston: the scrubber last in the logger's format and in every transport's.
  const winstonLogger = winston.createLogger({
    format: winston.format.combine(llmFormat({ content: 'redact' }), winston.format.errors({ stack: true }), winston.format.json()),
    transports: [new winston.transports.File({ filename: winstonFile })],
  });
  redactLogger(winstonLogger, redactor);

  const shown = await chat(redactor, (llm) => pinoLogger.info({ llm }, 'llm call'));
  await chat(redactor, (llm) => winstonLogger.info('llm call', { llm }));
  console.log(`what the user saw (streamed, redacted across chunks):\n  ${shown}\n`);

  // Ordinary app logging around the call: headers, tool arguments, an error with a stack.
  const headers = { authorization: `Bearer ${PLANTED[4]}`, 'x-forwarded-for': PLANTED[5] };
  const tool = { name: 'send_email', arguments: JSON.stringify({ to: PLANTED[0], body: 'refund sent' }) };
  const error = new Error(`card ${PLANTED[2]} declined for ${PLANTED[0]}`);
  pinoLogger.info({ req: { headers }, tool }, 'tool call');
  pinoLogger.error({ err: error }, 'payment failed');
  winstonLogger.info('tool call', { req: { headers }, tool });
  winstonLogger.error(error);

  // pino's transport stream finishes once its worker has taken every line and closed its sinks.
  await new Promise((resolve) => {
    transport.once('finish', resolve);
    transport.end();
  });
  await new Promise((resolve) => {
    winstonLogger.on('finish', resolve);
    winstonLogger.end();
  });

  for (const [name, file] of [
    ['pino → scrubline/pino (worker) → pino/file', pinoFile],
    ['winston → redactLogger → File', winstonFile],
  ]) {
    const text = readFileSync(file, 'utf8');
    console.log(`${name}  (${file})`);
    for (const line of text.trim().split('\n')) console.log(`  ${summarise(JSON.parse(line))}`);
    const leaked = PLANTED.filter((v) => text.includes(v));
    console.log(`  planted values in this sink: ${leaked.length === 0 ? 'none' : leaked.join(', ')}\n`);
  }
}

/** A log line, shortened to what shows the point: message, content, tokens, latency, cost. */
function summarise(r) {
  const keep = {};
  for (const [k, v] of Object.entries(r)) {
    if (/^(time|pid|hostname|level|timestamp)$/.test(k)) continue;
    if (k.startsWith('scrubline.') && !/cost\.total|time_to_last_chunk|output_tokens_per_second/.test(k)) continue;
    if (/vcs|service|host|config|run\.id|runId/.test(k)) continue;
    keep[k] = v;
  }
  return JSON.stringify(keep);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
