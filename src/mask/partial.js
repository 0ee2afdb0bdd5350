"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.partialMask = partialMask;
function isAlnum(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}
/**
 * `****-****-****-4242`: letters and digits are masked except the first/last N of them;
 * separators stay when asked so the shape of the value is still readable.
 */
function partialMask(opts) {
    return (value) => {
        let total = 0;
        for (let i = 0; i < value.length; i++)
            if (isAlnum(value.charCodeAt(i)))
                total++;
        // Never reveal so much that the value is effectively kept.
        const keep = opts.keepFirst + opts.keepLast >= total ? 0 : 1;
        let seen = 0;
        let out = '';
        for (let i = 0; i < value.length; i++) {
            const c = value.charCodeAt(i);
            if (!isAlnum(c)) {
                out += opts.keepSeparators ? value[i] : opts.char;
                continue;
            }
            const visible = keep === 1 && (seen < opts.keepFirst || seen >= total - opts.keepLast);
            out += visible ? value[i] : opts.char;
            seen++;
        }
        return out;
    };
}
