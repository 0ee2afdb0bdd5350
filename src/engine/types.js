"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONTEXT = void 0;
/** Characters of context an engine keeps around a bounded search, for `\b`, `^`, `$`. */
exports.CONTEXT = 32;
