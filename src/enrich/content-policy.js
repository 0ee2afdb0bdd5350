"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sharedDefaultRedactor = sharedDefaultRedactor;
exports.applyContentPolicy = applyContentPolicy;
const redactor_1 = require("../redactor");
let defaultRedactor;
/** The built-in packs, compiled once and only when some record needs them. */
function sharedDefaultRedactor() {
    defaultRedactor ??= (0, redactor_1.createRedactor)();
    return defaultRedactor;
}
function withContent(record, c) {
    const { input: _i, output: _o, error, rag, ...rest } = record;
    const out = { ...rest };
    if (c.input !== undefined)
        out.input = c.input;
    if (c.output !== undefined)
        out.output = c.output;
    if (error !== undefined)
        out.error = { type: error.type, ...(c.errorMessage === undefined ? {} : { message: c.errorMessage }) };
    if (rag !== undefined) {
        const { query: _q, documents: _d, ...ragRest } = rag;
        out.rag = { ...ragRest, ...(c.query === undefined ? {} : { query: c.query }), ...(c.documents === undefined ? {} : { documents: c.documents }) };
    }
    return out;
}
/**
 * Applies the policy to a copy of the record; numbers are never touched. Fails closed: when the
 * redactor throws (a scrubline redactor does not: it withholds the failing value itself), every
 * content field becomes `[REDACTION_FAILED]`.
 */
function applyContentPolicy(record, policy, redactor, ragText) {
    const documents = record.rag?.documents?.map((d) => (ragText ? d : { id: d.id, ...(d.score === undefined ? {} : { score: d.score }) }));
    const content = { input: record.input, output: record.output, errorMessage: record.error?.message, query: record.rag?.query, documents };
    if (policy === 'keep')
        return withContent(record, content);
    if (policy === 'drop') {
        return withContent(record, {
            input: undefined,
            output: undefined,
            errorMessage: undefined,
            query: undefined,
            documents: documents?.map((d) => ({ id: d.id, ...(d.score === undefined ? {} : { score: d.score }) })),
        });
    }
    try {
        // One deep walk over all the content: key and path rules apply to tool arguments too.
        return withContent(record, redactor().redactValue(content));
    }
    catch {
        const failed = (v) => (v === undefined ? undefined : redactor_1.REDACTION_FAILED);
        return withContent(record, {
            input: failed(content.input),
            output: failed(content.output),
            errorMessage: failed(content.errorMessage),
            query: failed(content.query),
            documents: documents?.map((d) => ({ id: d.id, ...(d.score === undefined ? {} : { score: d.score }), ...(d.content === undefined ? {} : { content: redactor_1.REDACTION_FAILED }) })),
        });
    }
}
