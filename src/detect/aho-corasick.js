"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeywordAutomaton = void 0;
const fold_1 = require("./fold");
/** Past this the automaton's transition table would not be worth its memory. */
const MAX_TABLE_ENTRIES = 64 * 1024 * 1024;
/**
 * Case-insensitive Aho-Corasick over UTF-16 units, compiled to a dense DFA on a compressed
 * alphabet so the per-character step is one typed-array read. (modern-ahocorasick was measured at
 * 25 MB/s on 1 KB log lines because it segments graphemes on every search; a prefilter that gates
 * a 600 MB/s RE2 scan cannot cost 20x more than the scan.)
 */
class KeywordAutomaton {
    classOf;
    width;
    /**
     * Transitions indexed by `state * width + class`, holding the next state already multiplied by
     * `width`, negated when that state ends a keyword: one read and one sign test per character.
     */
    delta;
    outStart;
    outIds;
    lengths;
    /** Per state: how many units of a keyword it has matched so far. */
    depth;
    /** `keywords[i]` is reported as id `i`; empty keywords are not allowed. */
    constructor(keywords) {
        const fold = (0, fold_1.foldTable)();
        const classIds = new Map();
        const folded = keywords.map((k) => {
            if (k.length === 0)
                throw new Error('empty keyword');
            const units = [];
            for (let i = 0; i < k.length; i++) {
                const u = fold[k.charCodeAt(i)];
                if (!classIds.has(u))
                    classIds.set(u, classIds.size + 1);
                units.push(classIds.get(u));
            }
            return units;
        });
        this.width = classIds.size + 1;
        this.classOf = new Uint16Array(65536);
        for (let u = 0; u < 65536; u++)
            this.classOf[u] = classIds.get(fold[u]) ?? 0;
        this.lengths = Int32Array.from(keywords, (k) => k.length);
        // Trie.
        const children = [new Map()];
        const ends = [[]];
        const depth = [0];
        folded.forEach((units, id) => {
            let s = 0;
            for (const c of units) {
                let next = children[s].get(c);
                if (next === undefined) {
                    next = children.length;
                    children[s].set(c, next);
                    children.push(new Map());
                    ends.push([]);
                    depth.push(depth[s] + 1);
                }
                s = next;
            }
            ends[s].push(id);
        });
        this.depth = Int32Array.from(depth);
        const states = children.length;
        if (states * this.width > MAX_TABLE_ENTRIES) {
            throw new Error(`keyword dictionary too large: ${keywords.length} keywords need ${states} states`);
        }
        // Breadth-first: fail links and outputs, then the dense transition table.
        const fail = new Int32Array(states);
        const out = ends.map((e) => e.slice());
        this.delta = new Int32Array(states * this.width);
        const queue = [];
        for (const [c, t] of children[0]) {
            this.delta[c] = t;
            queue.push(t);
        }
        for (let q = 0; q < queue.length; q++) {
            const s = queue[q];
            const f = fail[s];
            if (out[f].length > 0)
                out[s].push(...out[f]);
            for (let c = 0; c < this.width; c++) {
                const t = children[s].get(c);
                if (t === undefined) {
                    this.delta[s * this.width + c] = this.delta[f * this.width + c];
                }
                else {
                    this.delta[s * this.width + c] = t;
                    fail[t] = this.delta[f * this.width + c];
                    queue.push(t);
                }
            }
        }
        this.outStart = new Int32Array(states + 1);
        for (let s = 0; s < states; s++)
            this.outStart[s + 1] = this.outStart[s] + out[s].length;
        this.outIds = Int32Array.from(out.flat());
        for (let k = 0; k < this.delta.length; k++) {
            const t = this.delta[k];
            this.delta[k] = out[t].length > 0 ? -(t * this.width) : t * this.width;
        }
    }
    /** Calls `hit(id, start, end)` for every occurrence, overlapping ones included, in end order. */
    scan(text, hit) {
        this.resume(0, text, 0, hit);
    }
    /**
     * Continues a scan from `cursor` (0 at the start of a text) over `text` from index `from`, and
     * returns the cursor reached, so a stream can feed the text piece by piece and find exactly the
     * occurrences a scan of the whole text finds, those that span pieces included.
     */
    resume(cursor, text, from, hit) {
        const { classOf, width, delta, outStart, outIds, lengths } = this;
        let s = cursor;
        for (let i = from; i < text.length; i++) {
            s = delta[s + classOf[text.charCodeAt(i)]];
            if (s >= 0)
                continue;
            s = -s;
            const state = s / width;
            for (let k = outStart[state]; k < outStart[state + 1]; k++) {
                const id = outIds[k];
                hit(id, i + 1 - lengths[id], i + 1);
            }
        }
        return s;
    }
    /**
     * The length of the longest suffix of the text scanned so far that is still the start of some
     * keyword: a stream holds it back because the next chunk may complete a keyword.
     */
    pendingLength(cursor) {
        return this.depth[cursor / this.width];
    }
}
exports.KeywordAutomaton = KeywordAutomaton;
