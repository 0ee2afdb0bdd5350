"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizeMask = normalizeMask;
const schema_1 = require("../rules/schema");
/** A shorthand (`mask: hash`) or partial object becomes a full spec with the schema's defaults. */
function normalizeMask(input) {
    const parsed = schema_1.MaskSchema.parse(input);
    return typeof parsed === 'string' ? schema_1.MaskSchema.parse({ operator: parsed }) : parsed;
}
