"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compilePolicy = compilePolicy;
const node_fs_1 = require("node:fs");
const aho_corasick_1 = require("../detect/aho-corasick");
const index_1 = require("../mask/index");
const normalize_1 = require("../mask/normalize");
const errors_1 = require("../rules/errors");
const load_1 = require("../rules/load");
const regex_syntax_1 = require("./regex-syntax");
const rule_chunks_1 = require("./rule-chunks");
const regex_plan_1 = require("./regex-plan");
const value_checks_1 = require("./value-checks");
/** Compiles every enabled rule; all problems are collected and thrown together, nothing half-built. */
function compilePolicy(ruleSet, opts) {
    const problems = [];
    const fail = (where, reason) => void problems.push({ ...where, reason });
    const { engine } = opts;
    let globalAllow;
    try {
        globalAllow = (0, value_checks_1.compileAllow)(ruleSet.allow.map((a) => a.value), engine);
    }
    catch (err) {
        fail(ruleSet.allow[0].where(), `allow: ${err.message}`);
    }
    const rules = [];
    const keywordEntries = [];
    const keywords = [];
    let contextGroups = 0;
    for (const sourced of ruleSet.rules) {
        if (sourced.rule.enabled === false)
            continue;
        const compiled = compileRule(sourced, rules.length);
        if (compiled === undefined)
            continue;
        rules.push(compiled.rule);
        for (const [keyword, entry] of compiled.entries) {
            keywords.push(keyword);
            keywordEntries.push(entry);
        }
    }
    if (problems.length > 0)
        throw new errors_1.RuleFileError(problems);
    let minLength = Infinity;
    for (const r of rules)
        if (r.regex !== undefined)
            minLength = Math.min(minLength, r.regex.plan.minLength);
    for (const e of keywordEntries)
        if (e.kind === 'keyword')
            minLength = Math.min(minLength, e.keyword.length);
    return {
        engine,
        rules,
        chunks: (0, rule_chunks_1.buildChunks)(rules.filter((r) => r.regex !== undefined && !r.regex.gated), engine),
        automaton: keywords.length > 0 ? new aho_corasick_1.KeywordAutomaton(keywords) : undefined,
        keywordEntries,
        contextGroups,
        minLength,
        ruleSet,
    };
    function compileRule(sourced, order) {
        const { rule, where } = sourced;
        const before = problems.length;
        let mask;
        try {
            const spec = rule.mask === undefined ? opts.defaultMask : (0, normalize_1.normalizeMask)(rule.mask);
            if (spec.operator === 'hash' && opts.hmacKey === undefined) {
                fail(where('mask'), 'mask: hash needs a key: pass hmacKey to createRedactor or set SCRUBLINE_HMAC_KEY');
            }
            else
                mask = (0, index_1.buildMasker)(spec, rule.type, opts.hmacKey);
        }
        catch (err) {
            fail(where('mask'), `mask: ${err.message}`);
        }
        let ruleAllow;
        try {
            ruleAllow = (0, value_checks_1.compileAllow)(rule.allow ?? [], engine);
        }
        catch (err) {
            fail(where('allow'), `allow: ${err.message}`);
        }
        let regex;
        if (rule.regex !== undefined) {
            try {
                const plan = (0, regex_plan_1.planRegex)({ ...rule, regex: rule.regex }, opts.maxMatchLength);
                // RE2 checks what our parser lets through; its message names the exact problem. (One
                // compile only: re2-wasm never frees a pattern and its heap is a fixed 16 MiB.)
                regex = { matcher: engine.compile(plan.scan, plan.group.mode !== 'none'), plan, gated: rule.keywords !== undefined || rule.keywordsFile !== undefined };
            }
            catch (err) {
                fail(where('regex'), `regex: ${err instanceof regex_syntax_1.RegexSyntaxError ? err.message : err.message}`);
            }
        }
        let words = rule.keywords;
        if (rule.keywordsFile !== undefined) {
            try {
                words = (0, node_fs_1.readFileSync)((0, load_1.resolveFrom)(sourced.file, rule.keywordsFile, opts.cwd), 'utf8')
                    .split(/\r?\n/)
                    .map((l) => l.trim())
                    .filter((l) => l !== '' && !l.startsWith('#'));
                if (words.length === 0)
                    fail(where('keywordsFile'), 'keywordsFile: the file has no keywords');
            }
            catch (err) {
                fail(where('keywordsFile'), `keywordsFile: cannot read ${rule.keywordsFile}: ${err.code ?? String(err)}`);
            }
        }
        if (problems.length > before)
            return undefined;
        const context = rule.context === undefined ? undefined : Array.isArray(rule.context) ? { words: rule.context, window: 64 } : rule.context;
        const compiled = {
            id: rule.id,
            type: rule.type,
            order,
            priority: rule.priority ?? 0,
            mask: mask,
            checks: (0, value_checks_1.compileValidators)(rule.validate),
            allow: [ruleAllow, globalAllow].filter((c) => c !== undefined),
            context: context === undefined ? undefined : { group: contextGroups++, window: context.window },
            regex,
            keyword: regex === undefined ? { caseSensitive: rule.caseSensitive === true, wholeWord: rule.wholeWord !== false } : undefined,
            examples: rule.examples,
        };
        const entries = [];
        if (regex !== undefined && regex.gated)
            for (const k of words ?? [])
                entries.push([k, { kind: 'gate', rule: compiled }]);
        if (regex === undefined)
            for (const k of words ?? [])
                entries.push([k, { kind: 'keyword', rule: compiled, keyword: k }]);
        if (compiled.context !== undefined)
            for (const w of context.words)
                entries.push([w, { kind: 'context', group: compiled.context.group }]);
        return { rule: compiled, entries };
    }
}
