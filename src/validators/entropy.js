"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shannonEntropy = shannonEntropy;
/** Shannon entropy of the value's characters, in bits per character. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const n = [...value].length;
    let h = 0;
    for (const c of counts.values()) {
        const p = c / n;
        h -= p * Math.log2(p);
    }
    return h;
}
