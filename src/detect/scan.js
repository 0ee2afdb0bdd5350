"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detect = detect;
exports.findingSpan = findingSpan;
exports.walk = walk;
const sanitize_1 = require("./sanitize");
const word_boundary_1 = require("./word-boundary");
/**
 * Every rule is scanned as if alone (leftmost, non-overlapping, retrying after rejected candidates
 * — see `take`), so no rule's lookalike can hide another rule's value; all accepted candidates are
 * returned for overlap resolution. The work is organised so clean text
 * costs one combined RE2 pass and one keyword pass:
 *   1. keyword automaton: keyword rules, the keywords that gate regex rules, context words;
 *   2. one combined pattern over the ungated regex rules finds spans; every match of any of those
 *      rules starts inside one of these spans, so nothing else needs looking at;
 *   3. per span, a capture exec names the rule that made it and a tree of alternations finds any
 *      other rule with a match starting inside it (log2 of the rule count execs on tiny slices);
 *      only those rules run there;
 *   4. gated rules whose keyword occurred scan the whole text.
 * Long texts are scanned in slices that overlap by the longest match a rule can make.
 */
function detect(policy, original, onReject) {
    const text = (0, sanitize_1.sanitize)(original);
    const n = text.length;
    const subject = policy.chunks.length > 0 || policy.automaton !== undefined ? policy.engine.prepare(text) : undefined;
    const out = [];
    const keywords = policy.automaton === undefined ? undefined : keywordPass(policy, original);
    // Re-scanning after rejected candidates is bounded so the whole scan stays linear.
    let rescanBudget = 4 * n + 4096;
    /**
     * Judges a candidate: `found`, `retry` (a validator or context turned it down; a real value may
     * start inside it) or `skip` (allow-listed: the match is fine as a whole, and a piece of it such
     * as `it@github.com` in an allowed `git@github.com` must not be reported instead).
     */
    const accept = (rule, start, end, matchStart = start, matchEnd = end) => {
        const value = original.slice(start, end);
        const at = { text: original, matchStart, matchEnd };
        const reason = check(rule, value, at, start, end);
        if (reason !== undefined) {
            onReject?.({ rule, start, end, reason });
            return 'retry';
        }
        for (const allowed of rule.allow) {
            const why = allowed(value, at);
            if (why !== undefined) {
                onReject?.({ rule, start, end, reason: why });
                return 'skip';
            }
        }
        out.push({ rule, start, end });
        return 'found';
    };
    const check = (rule, value, at, start, end) => {
        for (const c of rule.checks) {
            const reason = c(value, at);
            if (reason !== undefined)
                return reason;
        }
        if (rule.context !== undefined) {
            const { group, window } = rule.context;
            const hits = keywords.context[group];
            let near = false;
            for (let i = 0; i < hits.length && !near; i += 2)
                near = hits[i] < end + window && hits[i + 1] > start - window;
            if (!near)
                return 'no context word nearby';
        }
        return undefined;
    };
    /**
     * Judges one regex match; returns where the rule looks next. An allow-listed match is passed
     * over whole. After a candidate a check turned down, the rule looks again from the next
     * character, so a real value that starts inside a lookalike (`1234 4111 1111 1111 1111`) is still
     * found; matches lying wholly inside the rejected span are parts of the same lookalike and are
     * skipped.
     */
    const take = (rule, state, m) => {
        const ms = m.start;
        const me = m.end;
        if (me > state.rejectedEnd) {
            const span = findingSpan(rule, text, ms, me, m);
            if (span === undefined || accept(rule, span[0], span[1], ms, me) !== 'retry')
                return me;
            state.rejectedEnd = me;
        }
        if (rescanBudget <= 0)
            return me;
        rescanBudget -= me - ms;
        return ms + 1;
    };
    for (const chunk of policy.chunks) {
        const next = new Int32Array(chunk.rules.length);
        const states = chunk.rules.map(() => ({ rejectedEnd: -1 }));
        const present = [];
        walk(subject, chunk.combined, chunk.overlap, policy.engine.sliceSize, (m) => {
            const s = m.start;
            const e = m.end;
            // The first rule of the (relaxed) alternation that matches at s made this span; the tree
            // finds any other rule that may have a match starting inside it. All of them then run.
            const first = chunk.identify === undefined ? 0 : (chunk.identify.exec(subject, s, e)?.groups?.findIndex((g) => g !== undefined) ?? -1);
            present.length = 0;
            if (first >= 0) {
                present.push(first);
                for (const node of chunk.siblings[first])
                    collectStarting(node, subject, s, e, present);
            }
            else
                collectStarting(chunk.root, subject, s, e, present);
            for (const idx of present) {
                const rule = chunk.rules[idx];
                let from = Math.max(s, next[idx]);
                while (from < e) {
                    const found = rule.regex.matcher.exec(subject, from, e + rule.regex.plan.maxLength);
                    if (found === null || found.start >= e)
                        break;
                    from = take(rule, states[idx], found);
                }
                next[idx] = from;
            }
            return e;
        });
    }
    if (keywords !== undefined) {
        for (const rule of keywords.gated) {
            const state = { rejectedEnd: -1 };
            walk(subject, rule.regex.matcher, rule.regex.plan.maxLength, policy.engine.sliceSize, (m) => take(rule, state, m));
        }
        for (const hit of keywords.hits) {
            const { rule, keyword } = hit;
            const found = original.slice(hit.start, hit.end);
            if (rule.keyword.caseSensitive && found !== keyword)
                continue;
            if (rule.keyword.wholeWord && !(0, word_boundary_1.isWholeWord)(original, hit.start, hit.end)) {
                onReject?.({ rule, start: hit.start, end: hit.end, reason: 'not a whole word' });
                continue;
            }
            accept(rule, hit.start, hit.end);
        }
    }
    return out;
}
/** The part of a match that is masked: the whole match, or the rule's capture group. */
function findingSpan(rule, text, ms, me, m) {
    const group = rule.regex.plan.group;
    if (group.mode === 'none')
        return [ms, me];
    if (group.mode === 'split') {
        const value = m.groups[1];
        if (value === undefined || value === '')
            return undefined;
        const start = ms + m.groups[0].length;
        return [start, start + value.length];
    }
    const value = group.mode === 'locate' ? m.groups[group.index] : firstTaken(m.groups, group.indexes);
    if (value === undefined || value === '')
        return group.mode === 'first' ? [ms, me] : undefined;
    // The group's offset is unknown when it is nested: mask from its first to its last occurrence.
    const matched = text.slice(ms, me);
    return [ms + matched.indexOf(value), ms + matched.lastIndexOf(value) + value.length];
}
function firstTaken(groups, indexes) {
    for (const i of indexes) {
        const v = groups[i];
        if (v !== undefined && v !== '')
            return v;
    }
    return undefined;
}
/**
 * Runs `matcher` over the whole text, leftmost first; `visit` judges each match and returns where
 * to continue. A long text is searched a slice at a time: each search vouches for matches starting
 * in the next `sliceSize` characters and sees `maxLength` more, so a match up to `maxLength` long
 * is found whole, exactly once, with the same context as in the full text.
 */
function walk(subject, matcher, maxLength, sliceSize, visit) {
    const n = subject.text.length;
    const whole = n <= sliceSize + maxLength;
    let pos = 0;
    while (pos < n) {
        const until = whole ? n : Math.min(n, pos + sliceSize);
        const m = matcher.exec(subject, pos, until + maxLength);
        if (m === null || (m.start >= until && until < n)) {
            if (until >= n)
                return;
            pos = until;
            continue;
        }
        pos = visit(m);
    }
}
/** Adds to `out` every rule under `node` that has a match starting in [s, e). */
function collectStarting(node, subject, s, e, out) {
    const m = node.matcher.exec(subject, s, e + node.maxLength);
    if (m === null || m.start >= e)
        return;
    if (node.leaf >= 0)
        out.push(node.leaf);
    for (const child of node.children)
        collectStarting(child, subject, s, e, out);
}
function keywordPass(policy, original) {
    const entries = policy.keywordEntries;
    const gatedSeen = new Set();
    const hits = [];
    const context = Array.from({ length: policy.contextGroups }, () => []);
    policy.automaton.scan(original, (id, start, end) => {
        const entry = entries[id];
        if (entry.kind === 'gate')
            gatedSeen.add(entry.rule);
        else if (entry.kind === 'keyword')
            hits.push({ rule: entry.rule, keyword: entry.keyword, start, end });
        else
            context[entry.group].push(start, end);
    });
    return { gated: [...gatedSeen].sort((a, b) => a.order - b.order), hits, context };
}
