"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isGitleaksConfig = isGitleaksConfig;
exports.loadGitleaksFile = loadGitleaksFile;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const smol_toml_1 = require("smol-toml");
const zod_1 = require("zod");
const regex_syntax_1 = require("../compile/regex-syntax");
const errors_1 = require("./errors");
const load_1 = require("./load");
/*
 * Reads a gitleaks.toml as a scrubline rule file, so teams reuse the rules they maintain.
 *
 * gitleaks semantics and how they map:
 * - keywords gate the rule (both engines compare case-insensitively);
 * - the secret is `secretGroup`, else the first capture group that took part, else the match:
 *   `group` (a list when there are several), and the mask covers the secret;
 * - `entropy` drops secrets at or below it: a validator `entropy` just above it;
 * - allow-lists (rule and global) test the secret, the match or the line (`regexTarget`), or
 *   hold stopwords: `allow` entries with a target, and `contains` for stopwords.
 * What a log scrubber cannot honour is dropped with one warning per file: path-only rules, path
 * conditions (a log line has no file path), allow-lists that need a path, and AND allow-lists
 * that mix patterns and stopwords (left out, so the rule redacts more rather than less).
 */
const AllowlistSchema = zod_1.z.looseObject({
    description: zod_1.z.string().optional(),
    condition: zod_1.z.enum(['OR', 'AND', 'or', 'and']).optional(),
    regexTarget: zod_1.z.enum(['secret', 'match', 'line']).optional(),
    regexes: zod_1.z.array(zod_1.z.string()).optional(),
    stopwords: zod_1.z.array(zod_1.z.string()).optional(),
    paths: zod_1.z.array(zod_1.z.string()).optional(),
    commits: zod_1.z.array(zod_1.z.string()).optional(),
    targetRules: zod_1.z.array(zod_1.z.string()).optional(),
});
const RuleSchema = zod_1.z.looseObject({
    id: zod_1.z.string().min(1),
    description: zod_1.z.string().optional(),
    regex: zod_1.z.string().optional(),
    path: zod_1.z.string().optional(),
    secretGroup: zod_1.z.int().min(0).optional(),
    entropy: zod_1.z.number().min(0).optional(),
    keywords: zod_1.z.array(zod_1.z.string()).optional(),
    allowlist: AllowlistSchema.optional(),
    allowlists: zod_1.z.array(AllowlistSchema).optional(),
});
const ConfigSchema = zod_1.z.looseObject({
    title: zod_1.z.string().optional(),
    extend: zod_1.z.looseObject({}).optional(),
    rules: zod_1.z.array(RuleSchema).default([]),
    allowlist: AllowlistSchema.optional(),
    allowlists: zod_1.z.array(AllowlistSchema).optional(),
});
/** Does this path name a gitleaks config rather than a scrubline rule file? */
function isGitleaksConfig(path) {
    return path.toLowerCase().endsWith('.toml');
}
/**
 * Converts a parsed gitleaks config into a scrubline rule file; `sourceIndex[i]` is the gitleaks
 * rule behind converted rule i (path-only rules are skipped, so the two can differ).
 */
function convertGitleaks(config) {
    const parsed = ConfigSchema.parse(config);
    const notes = { skipped: [], ignored: [] };
    if (parsed.extend !== undefined)
        notes.ignored.push('[extend] (list the rules you want in this file)');
    const global = [...(parsed.allowlist === undefined ? [] : [parsed.allowlist]), ...(parsed.allowlists ?? [])];
    const rules = [];
    const sourceIndex = [];
    parsed.rules.forEach((r, i) => {
        if (r.regex === undefined || r.regex === '') {
            notes.skipped.push(`path-only rule ${r.id}`);
            return;
        }
        if (r.path !== undefined)
            notes.ignored.push(`the path condition of ${r.id}`);
        const own = [...(r.allowlist === undefined ? [] : [r.allowlist]), ...(r.allowlists ?? [])];
        const applying = global.filter((a) => a.targetRules === undefined || a.targetRules.includes(r.id));
        const allow = [...own, ...applying].flatMap((a) => allowEntries(a, r.id, notes));
        const rule = {
            id: r.id,
            type: typeOf(r.id),
            regex: r.regex,
            ...(r.description === undefined ? {} : { description: r.description }),
            ...secretGroup(r.regex, r.secretGroup),
            ...(r.keywords === undefined || r.keywords.length === 0 ? {} : { keywords: r.keywords }),
            // gitleaks drops a secret whose entropy is at or below the figure; ours keeps at or above.
            ...(r.entropy === undefined || r.entropy === 0 ? {} : { validate: [{ entropy: Math.min(8, r.entropy + 1e-9) }] }),
            ...(allow.length === 0 ? {} : { allow }),
        };
        rules.push(rule);
        sourceIndex.push(i);
    });
    return { file: { rules }, sourceIndex, notes };
}
function allowEntries(a, ruleId, notes) {
    const regexes = a.regexes ?? [];
    const stopwords = a.stopwords ?? [];
    const needsPath = (a.paths ?? []).length > 0 || (a.commits ?? []).length > 0;
    if (a.condition?.toUpperCase() === 'AND') {
        const kinds = [regexes.length > 0, stopwords.length > 0, needsPath].filter(Boolean).length;
        if (needsPath && kinds > 0) {
            notes.ignored.push(`an AND allow-list of ${ruleId} that needs a file path or commit`);
            return [];
        }
        if (kinds > 1) {
            notes.ignored.push(`an AND allow-list of ${ruleId} that mixes regexes and stopwords`);
            return [];
        }
    }
    const target = a.regexTarget === 'match' || a.regexTarget === 'line' ? { target: a.regexTarget } : {};
    return [...regexes.map((regex) => ({ regex, ...target })), ...stopwords.map((contains) => ({ contains }))];
}
/** `aws-access-token` → `AWS_ACCESS_TOKEN`; ids that start with a digit get a `SECRET_` prefix. */
function typeOf(id) {
    const t = id.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    return /^[A-Z]/.test(t) ? t : `SECRET_${t}`;
}
/**
 * gitleaks' secret as a `group`. Groups that can be empty, or sit inside a repetition (where a
 * capture holds one iteration, not the secret: microsoft-teams-webhook), are left out; with none
 * left the whole match is masked. Patterns our parser cannot read are passed on unchanged: the
 * compiler then reports them with their position.
 */
function secretGroup(regex, explicit) {
    if (explicit !== undefined && explicit > 0)
        return { group: explicit };
    let ast;
    try {
        ast = (0, regex_syntax_1.parseRegex)(regex);
    }
    catch {
        return {};
    }
    const repeated = new Set();
    const walk = (n, inRepeat) => {
        if (n.kind === 'group') {
            if (inRepeat)
                repeated.add(n);
            walk(n.body, inRepeat);
        }
        else if (n.kind === 'repeat')
            walk(n.body, inRepeat || n.max > 1);
        else if (n.kind === 'seq')
            n.items.forEach((c) => walk(c, inRepeat));
        else if (n.kind === 'alt')
            n.alts.forEach((c) => walk(c, inRepeat));
    };
    walk(ast, false);
    const usable = (0, regex_syntax_1.captureGroups)(ast)
        .map((g, i) => ({ g, n: i + 1 }))
        .filter(({ g }) => !repeated.has(g) && (0, regex_syntax_1.lengthBounds)(g.body).min > 0)
        .map(({ n }) => n);
    if (usable.length === 0)
        return {};
    return { group: usable.length === 1 ? usable[0] : usable };
}
/** Reads a gitleaks.toml; positions in errors point at the rule's `[[rules]]` block. */
function loadGitleaksFile(path, cwd) {
    const abs = (0, node_path_1.resolve)(cwd, path);
    const file = (0, load_1.displayPath)(abs, cwd);
    let source;
    try {
        source = (0, node_fs_1.readFileSync)(abs, 'utf8');
    }
    catch (err) {
        throw new errors_1.RuleFileError([{ file, reason: `cannot read gitleaks config: ${err.code ?? String(err)}` }]);
    }
    let toml;
    try {
        toml = (0, smol_toml_1.parse)(source);
    }
    catch (err) {
        if (!(err instanceof smol_toml_1.TomlError))
            throw err;
        throw new errors_1.RuleFileError([{ file, line: err.line, column: err.column, reason: `TOML: ${err.message.split('\n')[0]}` }]);
    }
    let converted;
    try {
        converted = convertGitleaks(toml);
    }
    catch (err) {
        if (!(err instanceof zod_1.z.ZodError))
            throw err;
        throw new errors_1.RuleFileError(err.issues.map((issue) => ({ file, reason: `gitleaks config: ${issue.path.join('.')}: ${issue.message}` })));
    }
    const { skipped, ignored } = converted.notes;
    if (skipped.length > 0 || ignored.length > 0) {
        const parts = [skipped.length > 0 ? `skipped ${skipped.join(', ')}` : '', ignored.length > 0 ? `ignored ${ignored.join('; ')}` : ''];
        process.emitWarning(`scrubline: ${file}: ${parts.filter(Boolean).join('; ')} (a log line has no file path)`, { code: 'SCRUBLINE_GITLEAKS_IMPORT' });
    }
    const blocks = ruleBlocks(source);
    const locate = (at) => {
        if (at[0] !== 'rules' || typeof at[1] !== 'number')
            return undefined;
        const block = blocks[converted.sourceIndex[at[1]] ?? -1];
        if (block === undefined)
            return undefined;
        const field = typeof at[2] === 'string' ? GITLEAKS_FIELD[at[2]] : undefined;
        return { line: (field === undefined ? undefined : block.fields.get(field)) ?? block.line, column: 1 };
    };
    return { ...(0, load_1.loadRuleObject)(converted.file, file), path: abs, locate };
}
/** scrubline field → the gitleaks key it came from, for error positions. */
const GITLEAKS_FIELD = {
    regex: 'regex',
    keywords: 'keywords',
    validate: 'entropy',
    group: 'secretGroup',
    allow: 'allowlists',
    id: 'id',
};
/** Line of each `[[rules]]` header and of the keys in its block (1-based). */
function ruleBlocks(source) {
    const blocks = [];
    let current;
    source.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line.startsWith('[[rules]]')) {
            current = { line: i + 1, fields: new Map() };
            blocks.push(current);
        }
        else if (line.startsWith('[') && !line.startsWith('[[rules.')) {
            if (!line.startsWith('[rules.'))
                current = undefined;
        }
        else if (current !== undefined) {
            const eq = line.indexOf('=');
            if (eq > 0) {
                const key = line.slice(0, eq).trim();
                if (!current.fields.has(key))
                    current.fields.set(key, i + 1);
            }
        }
    });
    return blocks;
}
