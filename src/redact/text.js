"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyMasks = applyMasks;
/** Replaces each resolved region with its rule's mask; returns the same string when there are none. */
function applyMasks(text, regions) {
    if (regions.length === 0)
        return text;
    let out = '';
    let at = 0;
    for (const r of regions) {
        out += text.slice(at, r.start) + r.winner.rule.mask(text.slice(r.start, r.end));
        at = r.end;
    }
    return out + text.slice(at);
}
