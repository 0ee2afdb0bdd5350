import { ALNUM, HEX, type Rng } from './rng';

/** How the two loggers lay out a record: pino's `level`/`time`/`msg`, winston's `message`/`timestamp`. */
export type Shape = 'pino' | 'winston';
export const SHAPES: readonly Shape[] = ['pino', 'winston'];

/** What an LLM application logs. */
export type Kind = 'prompt' | 'completion' | 'chat' | 'rag' | 'tool' | 'error' | 'http';
export const KINDS: readonly Kind[] = ['prompt', 'completion', 'chat', 'rag', 'tool', 'error', 'http'];

/** Values of the record's own fields that look sensitive and must survive (pino's epoch `time`). */
export interface Header {
  readonly time: number;
  readonly timestamp: string;
  readonly requestId: string;
}

const MODELS = ['gpt-4o-mini', 'gpt-4.1', 'claude-sonnet-4-5', 'claude-haiku-4-5', 'gemini-2.5-flash', 'llama-3.3-70b'];
const HOSTS = ['api-7f9c', 'worker-2', 'ingest-b41d', 'chat-svc-0'];
const TOOLS = ['lookup_customer', 'create_refund', 'search_orders', 'send_email', 'run_sql', 'fetch_url'];
const ERRORS: readonly [string, number, string][] = [
  ['RateLimitError', 429, 'Rate limit reached for requests'],
  ['APIConnectionError', 0, 'Connection error.'],
  ['BadRequestError', 400, 'This model maximum context length is exceeded'],
  ['InternalServerError', 500, 'The server had an error while processing your request'],
];

/**
 * One log record as the logger would serialise it. `texts` are sentences (planted values already
 * inside them) that the record spreads over its text fields, in order.
 */
export function buildRecord(rng: Rng, shape: Shape, kind: Kind, header: Header, texts: readonly string[], bearer: string | undefined): Record<string, unknown> {
  const model = rng.pick(MODELS);
  const body = BODIES[kind](rng, model, [...texts], bearer);
  if (shape === 'pino') {
    return { level: kind === 'error' ? 50 : 30, time: header.time, pid: rng.int(1000, 65000), hostname: rng.pick(HOSTS), reqId: header.requestId, ...body };
  }
  const { msg, ...rest } = body;
  return { level: kind === 'error' ? 'error' : 'info', message: msg, service: 'assistant-api', requestId: header.requestId, ...rest, timestamp: header.timestamp };
}

type Body = (rng: Rng, model: string, texts: string[], bearer: string | undefined) => Record<string, unknown> & { msg: string };

/** Splits `texts` into `n` non-empty runs joined by spaces (fewer when there are fewer texts). */
function split(texts: readonly string[], n: number): string[] {
  const parts = Math.max(1, Math.min(n, texts.length));
  const out: string[] = [];
  for (let i = 0; i < parts; i++) {
    const from = Math.floor((i * texts.length) / parts);
    const to = Math.floor(((i + 1) * texts.length) / parts);
    out.push(texts.slice(from, to).join(' '));
  }
  return out;
}

const usage = (rng: Rng) => ({ prompt_tokens: rng.int(20, 4000), completion_tokens: rng.int(5, 900), total_tokens: rng.int(30, 5000) });

const BODIES: Readonly<Record<Kind, Body>> = {
  prompt: (rng, model, texts) => ({ msg: 'llm.request', model, temperature: rng.pick([0, 0.2, 0.7, 1]), prompt: texts.join(' ') }),

  completion: (rng, model, texts) => ({
    msg: 'llm.response',
    model,
    completion: texts.join(' '),
    finish_reason: rng.pick(['stop', 'length', 'tool_calls']),
    usage: usage(rng),
    latency_ms: rng.int(180, 9000),
  }),

  chat: (rng, model, texts) => {
    const turns = split(texts, rng.int(2, 6));
    const messages = turns.map((content, i) => ({ role: i === 0 ? 'system' : i % 2 === 1 ? 'user' : 'assistant', content }));
    return { msg: 'chat.completions.create', model, messages, stream: rng.chance(0.5) };
  },

  rag: (rng, model, texts) => {
    const [query = '', ...rest] = split(texts, rng.int(2, 6));
    const chunks = rest.map((text) => ({ doc_id: `kb-${rng.chars(HEX, 8)}`, score: Number(rng.next().toFixed(4)), text }));
    return { msg: 'retrieval', model, query, k: chunks.length, index: 'support-articles-v3', chunks };
  },

  tool: (rng, model, texts) => {
    const calls = split(texts, rng.int(1, 3)).map((note) => ({
      id: `call_${rng.chars(ALNUM, 24)}`,
      type: 'function',
      // Arguments arrive as a JSON string inside the JSON record, as the providers send them.
      function: { name: rng.pick(TOOLS), arguments: JSON.stringify({ query: note, limit: rng.int(1, 50), dry_run: rng.chance(0.3) }) },
    }));
    return { msg: 'tool_calls', model, tool_calls: calls };
  },

  error: (rng, model, texts) => {
    const [type, status, message] = rng.pick(ERRORS);
    const [detail = '', ...context] = split(texts, 2);
    const stack = [
      `${type}: ${message}: ${detail}`,
      `    at APIError.generate (/app/node_modules/openai/core/error.js:${rng.int(40, 90)}:${rng.int(5, 30)})`,
      `    at OpenAI.makeStatusError (/app/node_modules/openai/client.js:${rng.int(300, 600)}:${rng.int(5, 30)})`,
      `    at async ChatService.complete (/app/dist/chat/service.js:${rng.int(10, 200)}:${rng.int(5, 30)})`,
      `    at async /app/dist/routes/chat.js:${rng.int(10, 90)}:${rng.int(5, 30)}`,
    ].join('\n');
    return { msg: 'provider error', model, err: { type, status, message: `${message}: ${detail}`, stack }, prompt_excerpt: context.join(' ') };
  },

  http: (rng, model, texts, bearer) => {
    const headers: Record<string, string> = {
      host: 'api.acme-corp.io',
      'user-agent': rng.pick(['OpenAI/NodeJS 6.49.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15', 'python-httpx/0.28.1']),
      accept: 'application/json',
      'content-type': 'application/json',
      'x-request-id': `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-${rng.chars(HEX, 4)}-${rng.chars(HEX, 4)}-${rng.chars(HEX, 12)}`,
    };
    if (bearer !== undefined) headers['authorization'] = bearer;
    return {
      msg: 'request completed',
      req: { method: rng.pick(['POST', 'GET']), url: `/v1/${rng.pick(['chat', 'assistants', 'files'])}`, headers },
      res: { statusCode: rng.pick([200, 200, 200, 400, 401, 429, 500]) },
      responseTime: rng.int(3, 9000),
      model,
      body: texts.join(' '),
    };
  },
};
