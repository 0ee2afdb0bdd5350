"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.digitsOf = digitsOf;
/** The ASCII digits of a value, separators dropped: `4111-1111 1111` → `411111111111`. */
function digitsOf(value) {
    let out = '';
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c >= 48 && c <= 57)
            out += value[i];
    }
    return out;
}
