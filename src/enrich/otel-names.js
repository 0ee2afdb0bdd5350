"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nameFields = nameFields;
const messages_1 = require("./messages");
const asMessages = (input) => typeof input === 'string' ? [{ role: 'user', parts: (0, messages_1.toParts)(input) }] : input?.messages;
const FIELDS = [
    ['gen_ai.operation.name', 'operation', (r) => r.operation],
    ['gen_ai.provider.name', 'provider', (r) => r.provider],
    ['gen_ai.request.model', 'requestModel', (r) => r.request?.model],
    ['gen_ai.request.temperature', 'temperature', (r) => r.request?.temperature],
    ['gen_ai.request.top_p', 'topP', (r) => r.request?.topP],
    ['gen_ai.request.top_k', 'topK', (r) => r.request?.topK],
    ['gen_ai.request.max_tokens', 'maxTokens', (r) => r.request?.maxTokens],
    ['gen_ai.request.seed', 'seed', (r) => r.request?.seed],
    ['gen_ai.request.stop_sequences', 'stopSequences', (r) => r.request?.stopSequences],
    ['gen_ai.request.frequency_penalty', 'frequencyPenalty', (r) => r.request?.frequencyPenalty],
    ['gen_ai.request.presence_penalty', 'presencePenalty', (r) => r.request?.presencePenalty],
    ['gen_ai.request.choice.count', 'choiceCount', (r) => r.request?.choiceCount],
    ['gen_ai.request.stream', 'stream', (r) => r.request?.stream],
    ['gen_ai.response.id', 'responseId', (r) => r.response?.id],
    ['gen_ai.response.model', 'responseModel', (r) => r.response?.model],
    ['gen_ai.response.finish_reasons', 'finishReasons', (r) => r.response?.finishReasons],
    ['gen_ai.usage.input_tokens', 'inputTokens', (r) => r.usage?.inputTokens],
    ['gen_ai.usage.output_tokens', 'outputTokens', (r) => r.usage?.outputTokens],
    ['gen_ai.usage.cache_read.input_tokens', 'cacheReadInputTokens', (r) => r.usage?.cacheReadInputTokens],
    ['gen_ai.usage.cache_creation.input_tokens', 'cacheCreationInputTokens', (r) => r.usage?.cacheCreationInputTokens],
    ['gen_ai.usage.reasoning.output_tokens', 'reasoningOutputTokens', (r) => r.usage?.reasoningOutputTokens],
    ['scrubline.usage.input_tokens_estimated', 'inputTokensEstimated', (r) => r.usage?.inputEstimated],
    ['scrubline.usage.output_tokens_estimated', 'outputTokensEstimated', (r) => r.usage?.outputEstimated],
    ['scrubline.cost.input', 'costInput', (r) => r.cost?.input],
    ['scrubline.cost.output', 'costOutput', (r) => r.cost?.output],
    ['scrubline.cost.total', 'costTotal', (r) => r.cost?.total],
    ['scrubline.call.start_time', 'startTime', (r) => r.timing?.startTime],
    ['gen_ai.client.operation.duration', 'durationSeconds', (r) => r.timing?.durationSeconds],
    ['gen_ai.response.time_to_first_chunk', 'timeToFirstChunkSeconds', (r) => r.timing?.timeToFirstChunkSeconds],
    ['scrubline.response.time_to_first_token', 'timeToFirstTokenSeconds', (r) => r.timing?.timeToFirstTokenSeconds],
    ['scrubline.response.time_to_last_chunk', 'timeToLastChunkSeconds', (r) => r.timing?.timeToLastChunkSeconds],
    ['scrubline.response.chunk_count', 'chunkCount', (r) => r.timing?.chunkCount],
    ['scrubline.response.output_tokens_per_second', 'outputTokensPerSecond', (r) => r.timing?.outputTokensPerSecond],
    ['scrubline.response.inter_chunk_latency.p50', 'interChunkP50Seconds', (r) => r.timing?.interChunkP50Seconds],
    ['scrubline.response.inter_chunk_latency.max', 'interChunkMaxSeconds', (r) => r.timing?.interChunkMaxSeconds],
    ['scrubline.call.outcome', 'outcome', (r) => r.outcome],
    ['error.type', 'errorType', (r) => r.error?.type],
    ['exception.message', 'errorMessage', (r) => r.error?.message],
    ['scrubline.run.id', 'runId', (r) => r.run?.runId],
    ['trace_id', 'traceId', (r) => r.run?.traceId],
    ['span_id', 'spanId', (r) => r.run?.spanId],
    ['trace_flags', 'traceFlags', (r) => r.run?.traceFlags],
    ['gen_ai.conversation.id', 'conversationId', (r) => r.run?.conversationId],
    ['service.name', 'serviceName', (r) => r.app?.serviceName],
    ['service.version', 'serviceVersion', (r) => r.app?.serviceVersion],
    ['deployment.environment.name', 'environment', (r) => r.app?.environment],
    ['host.name', 'hostName', (r) => r.app?.hostName],
    ['vcs.ref.head.revision', 'gitCommit', (r) => r.app?.gitCommit],
    ['gen_ai.prompt.name', 'promptName', (r) => r.prompt?.name],
    ['scrubline.prompt.version', 'promptVersion', (r) => r.prompt?.version],
    ['scrubline.config.hash', 'configHash', (r) => r.configHash],
    ['scrubline.retrieval.retriever', 'retriever', (r) => r.rag?.retriever],
    ['gen_ai.data_source.id', 'dataSourceId', (r) => r.rag?.dataSourceId],
    ['scrubline.retrieval.top_k', 'retrievalTopK', (r) => r.rag?.topK],
    ['gen_ai.retrieval.query.text', 'retrievalQuery', (r) => r.rag?.query],
    ['gen_ai.retrieval.documents', 'retrievalDocuments', (r) => r.rag?.documents],
    ['gen_ai.system_instructions', 'systemInstructions', (r) => (typeof r.input === 'string' ? undefined : r.input?.system)],
    ['gen_ai.input.messages', 'inputMessages', (r) => asMessages(r.input)],
    ['gen_ai.output.messages', 'outputMessages', (r) => (typeof r.output === 'string' ? (0, messages_1.textOutput)(r.output) : r.output)],
];
/** The record as flat log fields; absent values are left out. */
function nameFields(record, names) {
    const out = {};
    for (const [otel, camel, get] of FIELDS) {
        const value = get(record);
        if (value !== undefined)
            out[names === 'camel' ? camel : otel] = value;
    }
    return out;
}
