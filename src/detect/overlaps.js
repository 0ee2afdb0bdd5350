"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveOverlaps = resolveOverlaps;
/**
 * Overlapping candidates merge into one region covering all of them, so no part of any value is
 * left behind; the region takes the rule of its longest candidate, then highest priority, then
 * the rule listed first. The result is sorted and disjoint, and independent of candidate order.
 */
function resolveOverlaps(candidates) {
    if (candidates.length === 0)
        return [];
    const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || beats(a, b));
    const out = [];
    let winner = sorted[0];
    let start = winner.start;
    let end = winner.end;
    for (let i = 1; i < sorted.length; i++) {
        const c = sorted[i];
        if (c.start < end) {
            if (beats(c, winner) < 0)
                winner = c;
            end = Math.max(end, c.end);
            continue;
        }
        out.push({ winner, start, end });
        winner = c;
        start = c.start;
        end = c.end;
    }
    out.push({ winner, start, end });
    return out;
}
/** Negative when `a` should mask a region rather than `b`. */
function beats(a, b) {
    return b.end - b.start - (a.end - a.start) || b.rule.priority - a.rule.priority || a.rule.order - b.rule.order || a.start - b.start;
}
