"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.redactFormat = redactFormat;
const index_1 = require("../../src/index");
const changed_values_1 = require("./changed-values");
const finished_line_1 = require("./finished-line");
const info_1 = require("./info");
const redactor_source_1 = require("./redactor-source");
/**
 * A logform format that scrubs whatever the info holds where it stands in the chain: `message`,
 * every metadata field, `splat` arguments, errors and their stacks, and the finished line
 * (`info[Symbol.for('message')]`) when a finalizer ran before it. It never mutates the info it is
 * given: a changed info is a copy, so other transports, the caller's objects and `defaultMeta`
 * keep their values (winston#1933, #1549).
 */
function redactFormat(source) {
    const redactor = (0, redactor_source_1.toRedactor)(source);
    return { options: {}, transform: (info) => redactInfo(redactor, info) };
}
/** The info itself when it was clean, else a scrubbed copy; never throws, never the original on failure. */
function redactInfo(redactor, info) {
    try {
        const line = info[info_1.MESSAGE];
        if (typeof line === 'string')
            return redactFinished(redactor, info, line);
        // The core walks string and enumerable symbol keys, so SPLAT is scrubbed with the rest.
        const out = redactor.redactValue(info);
        if (out === info)
            return info;
        if (typeof out !== 'object' || out === null)
            return withheld(info);
        keepLevel(info, out);
        return out;
    }
    catch {
        return withheld(info);
    }
}
/**
 * After a finalizer: the fields first, then the line with their redactions put in where the
 * finalizer wrote them (so `keys:` and `paths:` reach a text line, and escapes survive), then the
 * line scanned for whatever the finalizer added. A JSON line is scanned as JSON and stays valid.
 */
function redactFinished(redactor, info, line) {
    // An Error info (`logger.error(err)` with no errors() format) keeps its class for the walk; its
    // line is then scanned twice, which is rare enough not to matter.
    const fields = isPlain(info) ? withoutLine(info) : info;
    const out = redactor.redactValue(fields);
    if (typeof out !== 'object' || out === null)
        return withheld(info);
    const changes = out === fields ? [] : (0, changed_values_1.changedValues)(fields, out);
    if (changes === undefined)
        return withheld(info);
    const replaced = changes.length === 0 ? line : (0, finished_line_1.replaceChanged)(line, changes, (0, finished_line_1.isJsonLine)(line));
    const scrubbed = redactor.redactValue(replaced);
    if (out === fields && scrubbed === line)
        return info;
    const result = (out === fields ? { ...info } : out);
    keepLevel(info, result);
    result[info_1.MESSAGE] = scrubbed;
    return result;
}
function withoutLine(info) {
    const { [info_1.MESSAGE]: _line, ...fields } = info;
    return fields;
}
function isPlain(info) {
    const proto = Object.getPrototypeOf(info);
    return proto === Object.prototype || proto === null;
}
/**
 * Level names are the logger's own, not user data: transports filter and colour by them, so a
 * rule or `keys:` glob that happened to match one must not rename it.
 */
function keepLevel(from, to) {
    if (to.level !== from.level)
        to.level = from.level;
    if (to[info_1.LEVEL] !== from[info_1.LEVEL])
        to[info_1.LEVEL] = from[info_1.LEVEL];
}
/**
 * What is written when the info could not be scrubbed: its level (so it is still routed and
 * counted) and a marker, in the shape of the line a finalizer had already made.
 */
function withheld(info) {
    const level = read(info, 'level');
    const name = typeof level === 'string' ? level : 'error';
    const out = { level: name, message: index_1.REDACTION_FAILED, [info_1.LEVEL]: name };
    // Exception and rejection logs only take infos flagged as such.
    for (const flag of ['exception', 'rejection'])
        if (read(info, flag) === true)
            out[flag] = true;
    const line = read(info, info_1.MESSAGE);
    if (line !== undefined) {
        const json = typeof line === 'string' && line.trimStart().startsWith('{');
        out[info_1.MESSAGE] = json ? JSON.stringify({ level: name, message: index_1.REDACTION_FAILED }) : `${name}: ${index_1.REDACTION_FAILED}`;
    }
    return out;
}
function read(info, key) {
    try {
        return info[key];
    }
    catch {
        return undefined;
    }
}
