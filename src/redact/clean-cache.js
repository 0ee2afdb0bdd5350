"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CleanCache = void 0;
/**
 * Strings already scanned and found clean, per redactor. Record shapes repeat (the same keys, and
 * values like `POST`, `assistant` or a model name), and scanning is deterministic, so a repeat
 * needs no engine call. Only clean text is ever kept. Bounded: when full it starts over, so values
 * that never repeat (ids, timestamps) cost at most one refill of the common ones; long strings
 * rarely repeat and are not worth the memory.
 */
class CleanCache {
    maxEntries;
    maxLength;
    entries = new Map();
    constructor(maxEntries = 4096, maxLength = 64) {
        this.maxEntries = maxEntries;
        this.maxLength = maxLength;
    }
    get(text) {
        return this.entries.get(text);
    }
    add(text, value) {
        if (text.length > this.maxLength)
            return;
        if (this.entries.size >= this.maxEntries)
            this.entries.clear();
        this.entries.set(text, value);
    }
}
exports.CleanCache = CleanCache;
