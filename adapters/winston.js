"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.llmFormat = exports.redactLogger = exports.redactFormat = void 0;
/**
 * scrubline/winston: `redactFormat()` scrubs winston records wherever it stands in a format chain;
 * `redactLogger()` puts every transport of a logger behind it; `llmFormat()` turns an LLM call
 * record into OpenTelemetry GenAI fields (put it before the scrubber). Thin: logger ⇄ Redactor.
 */
var redact_format_1 = require("./winston/redact-format");
Object.defineProperty(exports, "redactFormat", { enumerable: true, get: function () { return redact_format_1.redactFormat; } });
var redact_logger_1 = require("./winston/redact-logger");
Object.defineProperty(exports, "redactLogger", { enumerable: true, get: function () { return redact_logger_1.redactLogger; } });
var llm_format_1 = require("./winston/llm-format");
Object.defineProperty(exports, "llmFormat", { enumerable: true, get: function () { return llm_format_1.llmFormat; } });
