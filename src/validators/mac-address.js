"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.macAddress = macAddress;
const chars_1 = require("./chars");
/**
 * A MAC address that names a device: not the all-zero or the broadcast address. The Cisco dotted
 * form must show a hex letter: `2024.0105.1234` is a build number far more often than a MAC.
 */
function macAddress(value) {
    let hex = '';
    for (let i = 0; i < value.length; i++)
        if ((0, chars_1.isHex)(value.charCodeAt(i)))
            hex += value[i];
    hex = hex.toUpperCase();
    if (hex.length !== 12 || hex === '000000000000' || hex === 'FFFFFFFFFFFF')
        return false;
    return !value.includes('.') || [...hex].some((c) => c >= 'A');
}
