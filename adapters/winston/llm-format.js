"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.llmFormat = llmFormat;
const winston_1 = require("winston");
const llm_fields_1 = require("../../src/enrich/llm-fields");
/**
 * A winston format that turns `info[key]` (a record from `trackLlmCall`, or one written by hand)
 * into flat OpenTelemetry GenAI fields under the content policy. Put it BEFORE `redactFormat`:
 * missing token counts are estimated here, on the original text. Returns a new info object:
 * winston hands the same info to every transport, and the caller's record is never touched.
 */
function llmFormat(options = {}) {
    const key = options.key ?? 'llm';
    return (0, winston_1.format)((info) => {
        const record = info[key];
        if (!(0, llm_fields_1.isRecordObject)(record))
            return info;
        const { [key]: _record, ...rest } = info;
        return Object.assign(rest, (0, llm_fields_1.llmFieldsFailClosed)(record, options));
    })();
}
