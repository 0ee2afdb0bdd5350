"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.phone = phone;
const digits_1 = require("./digits");
/**
 * A plausible phone number: 7 to 15 digits before any extension (E.164 allows at most 15), not
 * one digit repeated.
 */
function phone(value) {
    const lower = value.toLowerCase();
    let cut = lower.length;
    for (const marker of ['x', '#', 'ext']) {
        const at = lower.indexOf(marker);
        if (at >= 0 && at < cut)
            cut = at;
    }
    const d = (0, digits_1.digitsOf)(value.slice(0, cut));
    return d.length >= 7 && d.length <= 15 && d !== d[0].repeat(d.length);
}
