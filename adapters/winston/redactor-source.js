"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toRedactor = toRedactor;
const index_1 = require("../../src/index");
/** Builds at most one redactor, synchronously, so it fits where winston builds its formats. */
function toRedactor(source) {
    return isRedactor(source) ? source : (0, index_1.createRedactor)(source);
}
function isRedactor(source) {
    const s = source;
    return typeof s?.redactValue === 'function' && typeof s.redact === 'function';
}
