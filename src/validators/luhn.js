"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.luhn = luhn;
const digits_1 = require("./digits");
/** Luhn mod-10 over the value's digits (cards, Canadian SINs, IMEIs). */
function luhn(value) {
    const d = (0, digits_1.digitsOf)(value);
    if (d.length < 2)
        return false;
    let sum = 0;
    for (let i = 0; i < d.length; i++) {
        let n = d.charCodeAt(d.length - 1 - i) - 48;
        if (i % 2 === 1) {
            n *= 2;
            if (n > 9)
                n -= 9;
        }
        sum += n;
    }
    return sum % 10 === 0;
}
