"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PRICING_DATE = exports.DEFAULT_PRICING = exports.StreamStallError = exports.llmFields = exports.trackLlmCall = exports.checkExamples = exports.RuleFileError = exports.REDACTION_FAILED = exports.createRedactor = void 0;
/**
 * scrubline: keeps personal data and secrets out of LLM application logs.
 * Public API only; the work happens in compile/, detect/ and redact/.
 */
var redactor_1 = require("./redactor");
Object.defineProperty(exports, "createRedactor", { enumerable: true, get: function () { return redactor_1.createRedactor; } });
Object.defineProperty(exports, "REDACTION_FAILED", { enumerable: true, get: function () { return redactor_1.REDACTION_FAILED; } });
var errors_1 = require("./rules/errors");
Object.defineProperty(exports, "RuleFileError", { enumerable: true, get: function () { return errors_1.RuleFileError; } });
var check_examples_1 = require("./check-examples");
Object.defineProperty(exports, "checkExamples", { enumerable: true, get: function () { return check_examples_1.checkExamples; } });
var track_llm_call_1 = require("./enrich/track-llm-call");
Object.defineProperty(exports, "trackLlmCall", { enumerable: true, get: function () { return track_llm_call_1.trackLlmCall; } });
var llm_fields_1 = require("./enrich/llm-fields");
Object.defineProperty(exports, "llmFields", { enumerable: true, get: function () { return llm_fields_1.llmFields; } });
var outcome_1 = require("./enrich/outcome");
Object.defineProperty(exports, "StreamStallError", { enumerable: true, get: function () { return outcome_1.StreamStallError; } });
var pricing_1 = require("./enrich/pricing");
Object.defineProperty(exports, "DEFAULT_PRICING", { enumerable: true, get: function () { return pricing_1.DEFAULT_PRICING; } });
Object.defineProperty(exports, "DEFAULT_PRICING_DATE", { enumerable: true, get: function () { return pricing_1.DEFAULT_PRICING_DATE; } });
