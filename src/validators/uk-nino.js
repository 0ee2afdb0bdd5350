"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ukNino = ukNino;
const chars_1 = require("./chars");
/** Prefixes HMRC never allocates. */
const NOT_ALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
/** UK National Insurance number: two prefix letters that HMRC allocates, six digits, suffix A-D. */
function ukNino(value) {
    const v = value.split(' ').join('').toUpperCase();
    if (v.length !== 9 || !(0, chars_1.every)(v.slice(0, 2), chars_1.isUpper) || !(0, chars_1.every)(v.slice(2, 8), chars_1.isDigit) || !'ABCD'.includes(v[8]))
        return false;
    const [first, second] = [v[0], v[1]];
    return !NOT_ALLOCATED.has(first + second) && !'DFIQUV'.includes(first) && !'DFIOQUV'.includes(second);
}
