"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.replaceChanged = replaceChanged;
exports.isJsonLine = isJsonLine;
/**
 * Puts the fields' redactions into a line a finalizer already wrote from them. Content rules
 * would find most of it again by scanning the line, but `keys:` and `paths:` cannot be found in
 * text, and masking serialised text can break its escapes; a value is therefore replaced where
 * the finalizer wrote it, in the forms finalizers write: JSON (json, logstash, simple's tail,
 * `%j`) and as is (printf templates, `%s`).
 */
function replaceChanged(line, changes, json) {
    let out = line;
    for (const c of changes) {
        if (c.bare) {
            if (c.key !== undefined)
                for (const colon of [':', ': '])
                    out = replaceToken(out, `${quote(c.key)}${colon}${c.from}`, `${quote(c.key)}${colon}${quote(c.to)}`, false);
            // Short numbers are everywhere in a line (counts, dates); longer ones are worth hunting.
            if (!json && c.from.length >= 4 && isNumberChar(c.from.charCodeAt(c.from.length - 1)))
                out = replaceToken(out, c.from, c.to, true);
        }
        else if (json) {
            // Whole string literals only: a piece of one could sit inside an escape and break the JSON.
            out = out.replaceAll(quote(c.from), quote(c.to));
        }
        else {
            out = out.replaceAll(escaped(c.from), escaped(c.to)).replaceAll(c.from, c.to);
        }
    }
    return out;
}
/** Whether the scrubber reads `line` as JSON (parsed and walked) rather than as text. */
function isJsonLine(line) {
    const t = line.trim();
    const open = t[0];
    const close = t[t.length - 1];
    if (!((open === '{' && close === '}') || (open === '[' && close === ']')))
        return false;
    try {
        JSON.parse(t);
        return true;
    }
    catch {
        return false;
    }
}
/** Replaces `from` where it is not part of a longer number. */
function replaceToken(text, from, to, checkBefore) {
    let out = '';
    let last = 0;
    for (let i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + 1)) {
        const end = i + from.length;
        if ((checkBefore && i > 0 && isNumberChar(text.charCodeAt(i - 1))) || (end < text.length && isNumberChar(text.charCodeAt(end))))
            continue;
        out += text.slice(last, i) + to;
        last = end;
        i = end - 1;
    }
    return last === 0 ? text : out + text.slice(last);
}
function isNumberChar(c) {
    return (c >= 48 && c <= 57) || c === 46; // digits and the decimal point
}
function quote(s) {
    return JSON.stringify(s);
}
function escaped(s) {
    return quote(s).slice(1, -1);
}
