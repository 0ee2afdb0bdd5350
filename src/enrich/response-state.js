"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.int = exports.ResponseState = void 0;
/** One choice's output, assembled from deltas: consecutive deltas of one block join one part. */
class OutputBuilder {
    parts = [];
    byKey = new Map();
    finishReason;
    text(key, type, delta) {
        const part = this.byKey.get(key);
        if (part !== undefined && typeof part.content === 'string')
            part.content += delta;
        else
            this.add(key, { type, content: delta });
    }
    toolCall(key, id, name) {
        const part = this.byKey.get(key);
        if (part === undefined)
            this.add(key, { type: 'tool_call', ...(id === undefined ? {} : { id }), name: name ?? '', arguments: '' });
        else if (name !== undefined && name !== '')
            part.name = name;
    }
    toolArguments(key, delta) {
        if (!this.byKey.has(key))
            this.toolCall(key, undefined, undefined);
        const part = this.byKey.get(key);
        part.arguments = String(part.arguments ?? '') + delta;
    }
    /** A whole part from a non-streamed response. */
    push(part) {
        this.parts.push({ ...part });
    }
    message() {
        return { role: 'assistant', parts: this.parts.map(finishPart), ...(this.finishReason === undefined ? {} : { finish_reason: this.finishReason }) };
    }
    add(key, part) {
        this.byKey.set(key, part);
        this.parts.push(part);
    }
}
function finishPart(part) {
    if (part.type !== 'tool_call' || typeof part.arguments !== 'string')
        return part;
    const { arguments: raw, ...rest } = part;
    if (raw === '')
        return rest;
    try {
        return { ...rest, arguments: JSON.parse(raw) };
    }
    catch {
        return { ...rest, arguments: raw };
    }
}
/** What a response told us so far, fed chunk by chunk (or at once for a non-streamed response). */
class ResponseState {
    format;
    id;
    model;
    /** The provider's end event arrived (finish_reason, response.completed, message_stop). */
    ended = false;
    /** An error the provider reported inside the stream or the response body. */
    error;
    usage = {};
    outputs = new Map();
    output(index) {
        let b = this.outputs.get(index);
        if (b === undefined)
            this.outputs.set(index, (b = new OutputBuilder()));
        return b;
    }
    finish(index, reason) {
        this.output(index).finishReason = reason;
    }
    byChoice() {
        return [...this.outputs.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);
    }
    messages() {
        return this.byChoice().map((b) => b.message());
    }
    finishReasons() {
        return this.byChoice().flatMap((b) => (b.finishReason === undefined ? [] : [b.finishReason]));
    }
    /** The provider that owns this wire format, when the caller did not say. */
    provider() {
        if (this.format === 'openai-chat' || this.format === 'openai-responses')
            return 'openai';
        if (this.format === 'anthropic')
            return 'anthropic';
        return undefined;
    }
}
exports.ResponseState = ResponseState;
const int = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
exports.int = int;
