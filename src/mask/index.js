"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildMasker = buildMasker;
const hash_1 = require("./hash");
const label_1 = require("./label");
const partial_1 = require("./partial");
function buildMasker(spec, type, hmacKey) {
    switch (spec.operator) {
        case 'label':
            return (0, label_1.labelMask)(spec.label ?? type);
        case 'mask':
            return (0, partial_1.partialMask)(spec);
        case 'hash':
            // Checked when the policy compiles; kept here so a masker can never hash without a key.
            if (hmacKey === undefined)
                throw new Error('hash mask without a key');
            return (0, hash_1.hashMask)(hmacKey, type, spec.length);
        case 'remove':
            return () => '';
        case 'replace': {
            const value = spec.value;
            return () => value;
        }
    }
}
