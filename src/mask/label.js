"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.labelMask = labelMask;
/** `[EMAIL]`: says what was there and nothing else. */
function labelMask(label) {
    const out = `[${label}]`;
    return () => out;
}
