"use strict";
// Character tests for validators: plain loops, so no backtracking engine ever sees log content.
Object.defineProperty(exports, "__esModule", { value: true });
exports.isBase64Url = exports.isHex = exports.isUpper = exports.isDigit = void 0;
exports.every = every;
const isDigit = (c) => c >= 48 && c <= 57;
exports.isDigit = isDigit;
const isUpper = (c) => c >= 65 && c <= 90;
exports.isUpper = isUpper;
const isHex = (c) => (0, exports.isDigit)(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
exports.isHex = isHex;
const isBase64Url = (c) => (0, exports.isDigit)(c) || (0, exports.isUpper)(c) || (c >= 97 && c <= 122) || c === 45 || c === 95;
exports.isBase64Url = isBase64Url;
/** True when `s` is non-empty and every UTF-16 unit passes `test`. */
function every(s, test) {
    if (s.length === 0)
        return false;
    for (let i = 0; i < s.length; i++)
        if (!test(s.charCodeAt(i)))
            return false;
    return true;
}
