"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hashMask = hashMask;
const node_crypto_1 = require("node:crypto");
/**
 * `[EMAIL:9f2c41]`: a keyed HMAC-SHA-256 pseudonym. The same value gives the same pseudonym in
 * every process that holds the key, so records can still be joined; without the key a
 * low-entropy value (a phone number, an SSN) cannot be recovered by hashing candidates.
 */
function hashMask(key, label, length) {
    return (value) => `[${label}:${(0, node_crypto_1.createHmac)('sha256', key).update(value, 'utf8').digest('hex').slice(0, length)}]`;
}
