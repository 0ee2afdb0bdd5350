"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ipv4 = ipv4;
const digits_1 = require("./digits");
/**
 * Four decimal octets 0-255 with an optional /0-32 prefix. No leading zeros (`010.1.1.1` is more
 * often a version than an address), and not five or more parts (an OID or a long version).
 */
function ipv4(value) {
    const slash = value.indexOf('/');
    if (slash >= 0) {
        const p = value.slice(slash + 1);
        if (p.length === 0 || p.length > 2 || (0, digits_1.digitsOf)(p) !== p || Number(p) > 32)
            return false;
    }
    const parts = (slash >= 0 ? value.slice(0, slash) : value).split('.');
    if (parts.length !== 4)
        return false;
    return parts.every((p) => p.length > 0 && p.length <= 3 && (0, digits_1.digitsOf)(p) === p && Number(p) <= 255 && (p.length === 1 || p[0] !== '0'));
}
