"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jwt = jwt;
const chars_1 = require("./chars");
/**
 * A JSON Web Token: the header and the claims are base64url JSON objects (the signature, if any,
 * is opaque). Rules out `eyJ`-prefixed lookalikes that only share the first characters.
 */
function jwt(value) {
    const [header, claims] = value.split('.');
    return isJsonObject(header) && isJsonObject(claims);
}
function isJsonObject(segment) {
    if (segment === undefined || !(0, chars_1.every)(segment, chars_1.isBase64Url))
        return false;
    try {
        const parsed = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    }
    catch {
        return false;
    }
}
