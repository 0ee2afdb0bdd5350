"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.phoneNational = phoneNational;
const digits_1 = require("./digits");
/**
 * A national number written with its trunk 0: 9 to 12 digits in every country the pack covers
 * (UK 10-11, DE 9-12, FR/NL/AU/JP 10, IT 9-11, IL 9-10). Dates and short ids have fewer.
 */
function phoneNational(value) {
    const d = (0, digits_1.digitsOf)(value);
    return d.length >= 9 && d.length <= 12;
}
