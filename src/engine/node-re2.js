"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadNodeRe2 = loadNodeRe2;
const types_1 = require("./types");
function prepare(text) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length === text.length)
        return { text, bytes, toByte: undefined, toUnit: undefined };
    // Sanitized text has no surrogates: every character is 1 to 3 bytes.
    const toByte = new Int32Array(text.length + 1);
    const toUnit = new Int32Array(bytes.length + 1);
    let b = 0;
    for (let i = 0; i < text.length; i++) {
        toByte[i] = b;
        toUnit[b] = i;
        const c = text.charCodeAt(i);
        b += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    toByte[text.length] = b;
    toUnit[b] = text.length;
    return { text, bytes, toByte, toUnit };
}
/** Loads the native addon; throws when it is not installed or was not built. */
function loadNodeRe2() {
    // A plain require: `re2` is an optional native dependency and must not be bundled or hoisted.
    const RE2 = require('re2');
    return {
        name: 're2',
        sliceSize: 1 << 20,
        maxAlternation: Infinity,
        prepare,
        compile(pattern, captures = false) {
            const re = new RE2(pattern, 'g');
            return {
                exec(subject, from, until) {
                    const { text, bytes, toByte, toUnit } = subject;
                    const lo = Math.max(0, from - types_1.CONTEXT);
                    const hi = Math.min(text.length, until + types_1.CONTEXT);
                    const bLo = toByte === undefined ? lo : toByte[lo];
                    const bHi = toByte === undefined ? hi : toByte[hi];
                    const view = bLo === 0 && bHi === bytes.length ? bytes : bytes.subarray(bLo, bHi);
                    re.lastIndex = (toByte === undefined ? from : toByte[from]) - bLo;
                    const m = re.exec(view);
                    if (m === null)
                        return null;
                    const bStart = bLo + m.index;
                    const bEnd = bStart + m[0].length;
                    const start = toUnit === undefined ? bStart : toUnit[bStart];
                    const end = toUnit === undefined ? bEnd : toUnit[bEnd];
                    if (!captures)
                        return { start, end };
                    return { start, end, groups: m.slice(1).map((g) => (g === undefined ? undefined : g.toString('utf8'))) };
                },
            };
        },
    };
}
