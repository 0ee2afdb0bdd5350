"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.displayPath = displayPath;
exports.loadRuleFile = loadRuleFile;
exports.loadRuleObject = loadRuleObject;
exports.resolveFrom = resolveFrom;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const yaml_1 = require("yaml");
const errors_1 = require("./errors");
const schema_1 = require("./schema");
function displayPath(abs, cwd) {
    const rel = (0, node_path_1.relative)(cwd, abs);
    return rel.startsWith('..') || rel === '' ? abs : rel;
}
/** Reads a YAML or JSON rule file (JSON is parsed as YAML 1.2, which keeps positions). */
function loadRuleFile(path, cwd) {
    const abs = (0, node_path_1.resolve)(cwd, path);
    const file = displayPath(abs, cwd);
    let source;
    try {
        source = (0, node_fs_1.readFileSync)(abs, 'utf8');
    }
    catch (err) {
        throw new errors_1.RuleFileError([{ file, reason: `cannot read rule file: ${err.code ?? String(err)}` }]);
    }
    const lines = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new errors_1.RuleFileError(doc.errors.map((e) => ({
            file,
            line: e.linePos?.[0].line,
            column: e.linePos?.[0].col,
            reason: `${abs.endsWith('.json') ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
        })));
    }
    const locate = (at, atKey = false) => {
        const offset = offsetOf(doc, at, atKey);
        if (offset === undefined)
            return undefined;
        const pos = lines.linePos(offset);
        return { line: pos.line, column: pos.col };
    };
    return validate(doc.toJS() ?? {}, file, abs, locate);
}
/** In-memory rules passed to createRedactor: validated the same way, named by their position. */
function loadRuleObject(value, name) {
    return validate(value, name, undefined, () => undefined);
}
function validate(raw, file, path, locate) {
    const parsed = schema_1.RuleFileSchema.safeParse(raw);
    if (!parsed.success) {
        throw new errors_1.RuleFileError(parsed.error.issues.map((issue) => problemOf(issue, raw, file, locate)));
    }
    return { file, path, data: parsed.data, locate };
}
function problemOf(issue, raw, file, locate) {
    const at = issue.path.filter((p) => typeof p !== 'symbol');
    // Unknown keys are reported on the object; point at the key itself.
    const unknownKey = issue.code === 'unrecognized_keys';
    const pos = locate(unknownKey ? [...at, issue.keys[0]] : at, unknownKey);
    let ruleId;
    let field = at;
    if (at[0] === 'rules' && typeof at[1] === 'number') {
        const rule = raw.rules?.[at[1]];
        const id = typeof rule === 'object' && rule !== null ? rule.id : undefined;
        ruleId = typeof id === 'string' ? id : `#${at[1] + 1}`;
        field = at.slice(2);
    }
    const reason = issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `'${k}'`).join(', ')}` : issue.message;
    return { file, ruleId, line: pos?.line, column: pos?.column, reason: field.length > 0 ? `${field.join('.')}: ${reason}` : reason };
}
/** Source offset of the deepest node on `at` that exists (a missing field points at its parent). */
function offsetOf(doc, at, atKey) {
    let node = doc.contents;
    let offset = node?.range?.[0];
    for (const [i, seg] of at.entries()) {
        if ((0, yaml_1.isMap)(node)) {
            const pair = node.items.find((p) => p.key?.value === seg);
            if (pair === undefined)
                break;
            const keyOffset = pair.key.range?.[0];
            node = pair.value;
            const valueOffset = node?.range?.[0];
            offset = (atKey && i === at.length - 1 ? keyOffset : valueOffset) ?? keyOffset;
        }
        else if ((0, yaml_1.isSeq)(node) && typeof seg === 'number') {
            node = node.items[seg];
            if (node === undefined)
                break;
            offset = node.range?.[0];
        }
        else
            break;
    }
    return offset;
}
/** Resolves a path written in a rule file relative to that file (or the working directory). */
function resolveFrom(loaded, ref, cwd) {
    return (0, node_path_1.resolve)(loaded.path === undefined ? cwd : (0, node_path_1.dirname)(loaded.path), ref);
}
