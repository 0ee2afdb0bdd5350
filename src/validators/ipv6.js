"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ipv6 = ipv6;
const chars_1 = require("./chars");
const ipv4_1 = require("./ipv4");
const hexGroup = (g) => g.length <= 4 && (0, chars_1.every)(g, chars_1.isHex);
/**
 * An IPv6 address as RFC 4291 writes it (eight groups, or fewer around one `::`, optionally
 * ending in a dotted quad), with an optional `%zone` and `/prefix`. The bare unspecified address
 * `::` is refused unless it carries a prefix: alone it identifies nobody and is far more often
 * Haskell's or reStructuredText's `::` than an address.
 */
function ipv6(value) {
    let v = value;
    let prefix;
    const slash = v.indexOf('/');
    if (slash >= 0) {
        const p = v.slice(slash + 1);
        if (p.length > 3 || !(0, chars_1.every)(p, chars_1.isDigit))
            return false;
        prefix = Number(p);
        if (prefix > 128)
            return false;
        v = v.slice(0, slash);
    }
    const pct = v.indexOf('%');
    if (pct >= 0) {
        if (pct === v.length - 1)
            return false;
        v = v.slice(0, pct);
    }
    if (v === '::')
        return prefix !== undefined;
    let groups = 8;
    const parts = v.split(':');
    const last = parts[parts.length - 1];
    if (last.includes('.')) {
        if (!(0, ipv4_1.ipv4)(last))
            return false;
        parts[parts.length - 1] = '0'; // stands for two groups
        groups = 7;
    }
    const gap = v.indexOf('::');
    if (gap >= 0) {
        if (v.indexOf('::', gap + 1) >= 0)
            return false;
        const head = v.slice(0, gap);
        const tail = v.slice(gap + 2).split(':');
        const before = head === '' ? [] : head.split(':');
        const after = tail.length === 1 && tail[0] === '' ? [] : tail;
        if (last.includes('.') && after.length > 0)
            after[after.length - 1] = '0';
        if (before.length + after.length > groups - 1)
            return false;
        return [...before, ...after].every(hexGroup);
    }
    return parts.length === groups && parts.every(hexGroup);
}
