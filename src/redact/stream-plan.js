"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOOKAHEAD = void 0;
exports.streamPlan = streamPlan;
const regex_prefix_1 = require("../compile/regex-prefix");
const regex_syntax_1 = require("../compile/regex-syntax");
/** Rules per prefix matcher: re2-wasm's DFA falls off a cliff past a few dozen complex patterns. */
const GROUP_SIZE = 16;
/** A keyword is judged once the code point after it (up to two units) has arrived. */
exports.LOOKAHEAD = 2;
const plans = new WeakMap();
function streamPlan(policy) {
    let plan = plans.get(policy);
    if (plan === undefined)
        plans.set(policy, (plan = buildPlan(policy)));
    return plan;
}
function buildPlan(policy) {
    const { automaton, keywordEntries } = policy;
    const contextWordLength = new Array(policy.contextGroups).fill(0);
    // Per rule: its longest match (a regex's maxLength, a keyword rule's longest keyword).
    const longestMatch = policy.rules.map((r) => r.regex?.plan.maxLength ?? 0);
    keywordEntries.forEach((entry, id) => {
        const length = automaton.lengths[id];
        if (entry.kind === 'context')
            contextWordLength[entry.group] = Math.max(contextWordLength[entry.group], length);
        if (entry.kind === 'keyword')
            longestMatch[entry.rule.order] = Math.max(longestMatch[entry.rule.order], length);
    });
    const holdKeywords = keywordEntries.some((e) => e.kind === 'keyword');
    // A loop, not Math.max(...lengths): keyword lists run to tens of thousands.
    const anyKeyword = automaton === undefined ? 0 : automaton.lengths.reduce((a, b) => Math.max(a, b), 0);
    // Reach: how far back from the end of the received text an undecided finding can start (a
    // match still growing, a keyword awaiting the character after it, a context word still to
    // come). Longest: how far a decided finding can reach back past that point.
    let reach = holdKeywords ? anyKeyword + exports.LOOKAHEAD : 0;
    let longest = 0;
    for (const rule of policy.rules) {
        const max = longestMatch[rule.order];
        const context = rule.context === undefined ? 0 : rule.context.window + contextWordLength[rule.context.group] - 1;
        reach = Math.max(reach, max + context + (rule.regex === undefined ? exports.LOOKAHEAD : 0));
        longest = Math.max(longest, max);
    }
    return {
        prefixes: prefixGroups(policy),
        contextWordLength,
        holdKeywords,
        // + 1: a piece never ends between the halves of a surrogate pair.
        bound: reach + longest + 1,
    };
}
function prefixGroups(policy) {
    const rules = policy.rules.filter((r) => r.regex !== undefined).sort((a, b) => a.regex.plan.maxLength - b.regex.plan.maxLength);
    const groups = [];
    for (let i = 0; i < rules.length; i += GROUP_SIZE) {
        const group = rules.slice(i, i + GROUP_SIZE);
        groups.push({ matcher: prefixMatcher(policy, group), maxLength: group[group.length - 1].regex.plan.maxLength });
    }
    return groups;
}
function prefixMatcher(policy, rules) {
    const patterns = rules.map((rule) => (0, regex_prefix_1.prefixPattern)((0, regex_syntax_1.parseRegex)(rule.regex.plan.bare)));
    if (patterns.some((p) => p === undefined))
        return undefined;
    try {
        return policy.engine.compile(`(?:${patterns.map((p) => `(?:${p})`).join('|')})\\z`);
    }
    catch {
        // Too large for the engine: the stream falls back to holding the group's longest match.
        return undefined;
    }
}
