"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.newRunId = void 0;
exports.detectAppContext = detectAppContext;
exports.appContext = appContext;
exports.configHash = configHash;
const node_crypto_1 = require("node:crypto");
const node_os_1 = require("node:os");
const git_commit_1 = require("./git-commit");
const request_1 = require("./request");
/** `OTEL_RESOURCE_ATTRIBUTES`: `key=value,key=value`, values percent-encoded. */
function resourceAttributes(raw) {
    const out = new Map();
    for (const pair of raw?.split(',') ?? []) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        let value = pair.slice(eq + 1).trim();
        try {
            value = decodeURIComponent(value);
        }
        catch {
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
function detectAppContext(env = process.env, cwd = process.cwd()) {
    const resource = resourceAttributes(env['OTEL_RESOURCE_ATTRIBUTES']);
    return (0, request_1.dropUndefined)({
        serviceName: env['OTEL_SERVICE_NAME'] || resource.get('service.name') || env['npm_package_name'] || undefined,
        serviceVersion: resource.get('service.version') || env['npm_package_version'] || undefined,
        environment: resource.get('deployment.environment.name') || resource.get('deployment.environment') || env['NODE_ENV'] || undefined,
        hostName: resource.get('host.name') || safeHostname(),
        gitCommit: (0, git_commit_1.detectGitCommit)(env, cwd),
    });
}
function safeHostname() {
    try {
        return (0, node_os_1.hostname)();
    }
    catch {
        return undefined;
    }
}
let detected;
/** Detected once per process (it reads files), then merged under the caller's own values. */
function appContext(overrides) {
    detected ??= detectAppContext();
    return { ...detected, ...(0, request_1.dropUndefined)(overrides ?? {}) };
}
const newRunId = () => (0, node_crypto_1.randomUUID)();
exports.newRunId = newRunId;
/** JSON with object keys sorted at every level: the same configuration always serialises the same. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * What makes two calls comparable, hashed: provider, operation, model and every sampling parameter,
 * prompt template name and version, tool names. Never the messages: two runs of one configuration
 * on different inputs share the hash. SHA-256, first 16 hex digits.
 */
function configHash(parts) {
    const { stream: _stream, ...params } = parts.params;
    const doc = { provider: parts.provider, operation: parts.operation, params, prompt: parts.prompt, tools: [...parts.toolNames].sort() };
    return (0, node_crypto_1.createHash)('sha256').update(canonical(doc)).digest('hex').slice(0, 16);
}
