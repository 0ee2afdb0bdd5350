import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { detectGitCommit } from './git-commit';
import type { AppContext, LlmRequestParams, PromptTemplateRef } from './record';
import { dropUndefined } from './request';

/** `OTEL_RESOURCE_ATTRIBUTES`: `key=value,key=value`, values percent-encoded. */
function resourceAttributes(raw: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of raw?.split(',') ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    let value = pair.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // Keep the raw value: a stray % must not hide the rest.
    }
    out.set(pair.slice(0, eq).trim(), value);
  }
  return out;
}

/**
 * Service name, version, environment, host and commit, from where deployments already put them:
 * OpenTelemetry's variables first (so logs and traces agree), then npm's, then `NODE_ENV`.
 */
export function detectAppContext(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppContext {
  const resource = resourceAttributes(env['OTEL_RESOURCE_ATTRIBUTES']);
  return dropUndefined({
    serviceName: env['OTEL_SERVICE_NAME'] || resource.get('service.name') || env['npm_package_name'] || undefined,
    serviceVersion: resource.get('service.version') || env['npm_package_version'] || undefined,
    environment: resource.get('deployment.environment.name') || resource.get('deployment.environment') || env['NODE_ENV'] || undefined,
    hostName: resource.get('host.name') || safeHostname(),
    gitCommit: detectGitCommit(env, cwd),
  });
}

function safeHostname(): string | undefined {
  try {
    return hostname();
  } catch {
    return undefined;
  }
}

let detected: AppContext | undefined;

/** Detected once per process (it reads files), then merged under the caller's own values. */
export function appContext(overrides: AppContext | undefined): AppContext {
  detected ??= detectAppContext();
  return { ...detected, ...dropUndefined(overrides ?? {}) };
}

export const newRunId = (): string => randomUUID();

/** JSON with object keys sorted at every level: the same configuration always serialises the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface ConfigParts {
  readonly provider?: string;
  readonly operation?: string;
  readonly params: LlmRequestParams;
  readonly prompt?: PromptTemplateRef;
  readonly toolNames: readonly string[];
}

/**
 * What makes two calls comparable, hashed: provider, operation, model and every sampling parameter,
 * prompt template name and version, tool names. Never the messages: two runs of one configuration
 * on different inputs share the hash. SHA-256, first 16 hex digits.
 */
export function configHash(parts: ConfigParts): string {
  const { stream: _stream, ...params } = parts.params;
  const doc = { provider: parts.provider, operation: parts.operation, params, prompt: parts.prompt, tools: [...parts.toolNames].sort() };
  return createHash('sha256').update(canonical(doc)).digest('hex').slice(0, 16);
}
