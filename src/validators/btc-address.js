"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.btcAddress = btcAddress;
const node_crypto_1 = require("node:crypto");
/*
 * Bitcoin mainnet addresses, checksum included: base58check (P2PKH `1…`, P2SH `3…`, BIP-13) and
 * segwit bech32 / bech32m (`bc1…`, BIP-173 and BIP-350). Written here rather than pulled in from
 * bs58check and bech32: both specs are a few fixed lines, and a validator should not bring runtime
 * dependencies to every install.
 */
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Map([...BASE58].map((c, i) => [c, i]));
function base58check(value) {
    // 25 bytes: version, 20-byte hash, 4-byte checksum. Decode base-58 into a fixed byte array.
    const bytes = new Uint8Array(25);
    for (const ch of value) {
        let carry = BASE58_INDEX.get(ch);
        if (carry === undefined)
            return false;
        for (let i = bytes.length - 1; i >= 0; i--) {
            carry += bytes[i] * 58;
            bytes[i] = carry & 0xff;
            carry >>= 8;
        }
        if (carry !== 0)
            return false; // more than 25 bytes
    }
    // Leading '1's are leading zero bytes; the count must agree with the decoded value.
    let ones = 0;
    while (value[ones] === '1')
        ones++;
    let zeros = 0;
    while (zeros < bytes.length && bytes[zeros] === 0)
        zeros++;
    if (ones !== zeros)
        return false;
    if (bytes[0] !== 0x00 && bytes[0] !== 0x05)
        return false;
    const sum = (0, node_crypto_1.createHash)('sha256').update((0, node_crypto_1.createHash)('sha256').update(bytes.subarray(0, 21)).digest()).digest();
    return sum[0] === bytes[21] && sum[1] === bytes[22] && sum[2] === bytes[23] && sum[3] === bytes[24];
}
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
function polymod(values) {
    let chk = 1;
    for (const v of values) {
        const top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (let i = 0; i < 5; i++)
            if ((top >>> i) & 1)
                chk ^= GEN[i];
    }
    return chk >>> 0;
}
function segwit(value) {
    if (value !== value.toLowerCase() && value !== value.toUpperCase())
        return false;
    const v = value.toLowerCase();
    if (!v.startsWith('bc1') || v.length < 14 || v.length > 74)
        return false;
    const data = [];
    for (const ch of v.slice(3)) {
        const d = BECH32.indexOf(ch);
        if (d < 0)
            return false;
        data.push(d);
    }
    const version = data[0];
    if (version > 16)
        return false;
    // hrp 'bc' expanded: high bits, 0, low bits.
    const check = polymod([3, 3, 0, 2, 3, ...data]);
    if (check !== (version === 0 ? 1 : 0x2bc830a3))
        return false;
    const programBits = (data.length - 7) * 5;
    const programBytes = Math.floor(programBits / 8);
    if (programBytes < 2 || programBytes > 40)
        return false;
    return version !== 0 || programBytes === 20 || programBytes === 32;
}
function btcAddress(value) {
    return value.length > 3 && value.slice(0, 3).toLowerCase() === 'bc1' ? segwit(value) : base58check(value);
}
