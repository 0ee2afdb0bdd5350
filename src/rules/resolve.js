"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveRuleSet = resolveRuleSet;
const errors_1 = require("./errors");
const gitleaks_1 = require("./gitleaks");
const load_1 = require("./load");
const packs_1 = require("./packs");
const DEFINING_FIELDS = ['regex', 'keywords', 'keywordsFile'];
/**
 * Applies the built-in packs, then each source in order. A later rule with an id already in force
 * replaces it when it defines a pattern of its own, and otherwise overrides only the fields it sets
 * (`- { id: email, enabled: false }` disables a pack rule). Within one file ids must be unique.
 */
function resolveRuleSet(packs, sources, cwd) {
    const problems = [];
    const rules = new Map();
    const keys = new Set();
    const paths = new Set();
    const skip = new Set();
    const allow = [];
    const applied = new Set();
    const applyPack = (name, from) => {
        const file = (0, packs_1.packFile)(name);
        if (file === undefined) {
            problems.push({ ...from, reason: `unknown pack '${name}' (built-in packs: ${(0, packs_1.packNames)().join(', ')})` });
            return;
        }
        applyPath(file, [], from);
    };
    const applyPath = (path, stack, from) => {
        let loaded;
        try {
            loaded = (0, gitleaks_1.isGitleaksConfig)(path) ? (0, gitleaks_1.loadGitleaksFile)(path, cwd) : (0, load_1.loadRuleFile)(path, cwd);
        }
        catch (err) {
            if (!(err instanceof errors_1.RuleFileError))
                throw err;
            // A missing file is reported where it was referenced.
            problems.push(...err.problems.map((p) => (from !== undefined && p.line === undefined ? { ...from, reason: `${p.file}: ${p.reason}` } : p)));
            return;
        }
        apply(loaded, stack);
    };
    const apply = (loaded, stack) => {
        const key = loaded.path ?? loaded.file;
        if (stack.includes(key)) {
            problems.push({ file: loaded.file, reason: `extends itself: ${[...stack, key].join(' -> ')}` });
            return;
        }
        // A file reached twice (a pack listed in options and extended by a file) applies once.
        if (applied.has(key))
            return;
        applied.add(key);
        const { data } = loaded;
        data.extends?.forEach((ref, i) => {
            const from = { file: loaded.file, ...loaded.locate(['extends', i]) };
            if ((0, packs_1.packFile)(ref) !== undefined)
                applyPack(ref, from);
            else
                applyPath((0, load_1.resolveFrom)(loaded, ref, cwd), [...stack, key], from);
        });
        const seen = new Map();
        data.rules.forEach((rule, index) => {
            const where = (field) => ({ file: loaded.file, ruleId: rule.id, ...loaded.locate(field === undefined ? ['rules', index] : ['rules', index, field]) });
            const dup = seen.get(rule.id);
            if (dup !== undefined) {
                problems.push({ ...where('id'), reason: `duplicate id: also defined at line ${loaded.locate(['rules', dup, 'id'])?.line ?? `#${dup + 1}`}` });
                return;
            }
            seen.set(rule.id, index);
            const defines = DEFINING_FIELDS.some((f) => rule[f] !== undefined);
            const inherited = rules.get(rule.id);
            if (defines || inherited === undefined) {
                if (!defines) {
                    problems.push({ ...where(), reason: 'overrides nothing: no rule in force has this id, and it has no regex or keywords' });
                    return;
                }
                if (rule.type === undefined) {
                    problems.push({ ...where(), reason: 'type: a rule needs an entity type, like EMAIL' });
                    return;
                }
                if (rule.keywords !== undefined && rule.keywordsFile !== undefined) {
                    problems.push({ ...where('keywordsFile'), reason: 'use keywords or keywordsFile, not both' });
                    return;
                }
                rules.delete(rule.id); // a replacement moves to its new place in the order
                rules.set(rule.id, { rule: { ...rule, type: rule.type }, file: loaded, where });
                return;
            }
            const merged = { ...inherited.rule };
            for (const [field, value] of Object.entries(rule))
                if (value !== undefined)
                    merged[field] = value;
            const overridden = new Set(Object.keys(rule));
            rules.set(rule.id, {
                rule: merged,
                file: inherited.file,
                where: (field) => (field !== undefined && overridden.has(field) ? where(field) : inherited.where(field)),
            });
        });
        data.keys?.forEach((k) => keys.add(k));
        data.paths?.forEach((p) => paths.add(p));
        data.skip?.forEach((p) => skip.add(p));
        data.allow?.forEach((value, i) => allow.push({ value, where: () => ({ file: loaded.file, ...loaded.locate(['allow', i]) }) }));
    };
    for (const name of packs)
        applyPack(name, { file: '<options.packs>' });
    sources.forEach((source, i) => {
        if (typeof source === 'string')
            applyPath(source, [], undefined);
        else {
            try {
                apply((0, load_1.loadRuleObject)(source, `<options.rules[${i}]>`), []);
            }
            catch (err) {
                if (!(err instanceof errors_1.RuleFileError))
                    throw err;
                problems.push(...err.problems);
            }
        }
    });
    if (problems.length > 0)
        throw new errors_1.RuleFileError(problems);
    return { rules: [...rules.values()], keys: [...keys], paths: [...paths], skip: [...skip], allow };
}
