"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ukNhs = ukNhs;
const digits_1 = require("./digits");
/** NHS number: ten digits whose tenth is the modulus 11 check of the first nine (weights 10..2). */
function ukNhs(value) {
    const d = (0, digits_1.digitsOf)(value);
    if (d.length !== 10 || d === d[0].repeat(10))
        return false;
    let sum = 0;
    for (let i = 0; i < 9; i++)
        sum += (d.charCodeAt(i) - 48) * (10 - i);
    const check = 11 - (sum % 11);
    if (check === 10)
        return false;
    return (check === 11 ? 0 : check) === d.charCodeAt(9) - 48;
}
