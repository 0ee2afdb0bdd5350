"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.planRegex = planRegex;
const regex_syntax_1 = require("./regex-syntax");
/** Throws an Error whose message is the reason, in words, for a pattern that cannot be a rule. */
function planRegex(rule, maxMatchLength) {
    const source = rule.ignoreCase === true ? `(?i)${rule.regex}` : rule.regex;
    const ast = (0, regex_syntax_1.parseRegex)(source);
    const bounds = (0, regex_syntax_1.lengthBounds)(ast);
    if (bounds.min === 0)
        throw new Error('can match the empty string: every rule must consume at least one character');
    const maxLength = rule.maxLength ?? (Number.isFinite(bounds.max) ? bounds.max : maxMatchLength);
    const minLength = bounds.min;
    const bare = (0, regex_syntax_1.printRegex)(ast, true);
    const locate = (0, regex_syntax_1.printRegex)(ast, true, true);
    if (rule.group === undefined)
        return { bare, locate, scan: bare, group: { mode: 'none' }, maxLength, minLength };
    const groups = (0, regex_syntax_1.captureGroups)(ast);
    const find = (ref) => {
        const index = typeof ref === 'number' ? ref - 1 : groups.findIndex((g) => g.name === ref);
        const target = groups[index];
        if (target === undefined) {
            throw new Error(typeof ref === 'number'
                ? `group ${ref}: the pattern has ${groups.length} capture group${groups.length === 1 ? '' : 's'}`
                : `group '${ref}': no capture group has this name`);
        }
        if ((0, regex_syntax_1.lengthBounds)(target.body).min === 0)
            throw new Error(`group ${typeof ref === 'number' ? ref : `'${ref}'`}: the masked group can match the empty string`);
        return index;
    };
    if (Array.isArray(rule.group)) {
        return { bare, locate, scan: (0, regex_syntax_1.printRegex)(ast, false), group: { mode: 'first', indexes: rule.group.map(find) }, maxLength, minLength };
    }
    const index = find(rule.group);
    const target = groups[index];
    const split = (0, regex_syntax_1.splitAtGroup)(ast, target);
    if (split !== null)
        return { bare, locate, scan: split, group: { mode: 'split' }, maxLength, minLength };
    return { bare, locate, scan: (0, regex_syntax_1.printRegex)(ast, false), group: { mode: 'locate', index }, maxLength, minLength };
}
