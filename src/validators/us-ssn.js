"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.usSsn = usSsn;
const digits_1 = require("./digits");
/**
 * SSA rules: area 001-899 except 666, group 01-99, serial 0001-9999; plus the numbers that were
 * published and never issued (Woolworth's 078-05-1120, the 1962 ad's 219-09-9999, 123-45-6789).
 */
const NEVER_ISSUED = new Set(['078051120', '219099999', '123456789']);
function usSsn(value) {
    const d = (0, digits_1.digitsOf)(value);
    if (d.length !== 9 || NEVER_ISSUED.has(d))
        return false;
    const area = Number(d.slice(0, 3));
    const group = Number(d.slice(3, 5));
    const serial = Number(d.slice(5));
    if (area === 0 || area === 666 || area >= 900)
        return false;
    if (group === 0 || serial === 0)
        return false;
    return d !== d[0].repeat(9);
}
