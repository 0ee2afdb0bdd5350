"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isRecordObject = void 0;
exports.llmFields = llmFields;
exports.llmFieldsFailClosed = llmFieldsFailClosed;
const complete_record_1 = require("./complete-record");
const content_policy_1 = require("./content-policy");
const otel_names_1 = require("./otel-names");
/**
 * A call record as flat log fields: missing token counts estimated on the ORIGINAL text and cost
 * added first, then the content policy, then the names. Never mutates the record.
 */
function llmFields(record, options = {}) {
    const complete = (0, complete_record_1.completeRecord)(record, options);
    const redactor = options.redactor;
    const scrubbed = (0, content_policy_1.applyContentPolicy)(complete, options.content ?? 'redact', () => redactor ?? (0, content_policy_1.sharedDefaultRedactor)(), options.ragText === true);
    return (0, otel_names_1.nameFields)(scrubbed, options.names ?? 'otel');
}
/** What an adapter accepts under its key: any plain object (hand-built records are welcome). */
const isRecordObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
exports.isRecordObject = isRecordObject;
/**
 * For logger adapters, which must never fail a log call nor leak: when the fields cannot be built
 * under the chosen policy, the numbers alone (content `drop`), else nothing.
 */
function llmFieldsFailClosed(record, options) {
    try {
        return llmFields(record, options);
    }
    catch {
        try {
            return llmFields(record, { ...options, content: 'drop' });
        }
        catch {
            return {};
        }
    }
}
