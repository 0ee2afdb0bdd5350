"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.caSin = caSin;
const digits_1 = require("./digits");
const luhn_1 = require("./luhn");
/**
 * Canadian Social Insurance Number: nine digits, Luhn. The first digit names the region; 0 is
 * never issued and 8 is used for business numbers, and a number of one repeated digit is a
 * placeholder.
 */
function caSin(value) {
    const d = (0, digits_1.digitsOf)(value);
    if (d.length !== 9 || d[0] === '0' || d[0] === '8')
        return false;
    return d !== d[0].repeat(9) && (0, luhn_1.luhn)(d);
}
