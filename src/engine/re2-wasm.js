"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadRe2Wasm = loadRe2Wasm;
const types_1 = require("./types");
const MODULE_PATH = 're2-wasm/build/wasm/re2.js';
/**
 * Loads a fresh instance of the re2-wasm module. We talk to its WrappedRE2 directly: the package's
 * RE2 class re-translates JavaScript syntax into RE2 syntax (our rules already are RE2) and builds
 * arrays we do not need. A fresh instance matters because a wasm failure is an abort() that can
 * leave the module unusable; the redactor recovers by building a new engine.
 */
function loadRe2Wasm() {
    const path = require.resolve(MODULE_PATH);
    delete require.cache[path];
    const mod = require(path);
    return {
        name: 're2-wasm',
        // Each call copies its whole input into wasm memory: keep slices small (defect 3 in DESIGN.md).
        sliceSize: 2048,
        maxAlternation: 48,
        prepare: (text) => ({ text }),
        compile(pattern, captures = false) {
            const re = new mod.WrappedRE2(pattern, false, false, false);
            if (!re.ok())
                throw new Error(re.error());
            return {
                exec({ text }, from, until) {
                    const lo = Math.max(0, from - types_1.CONTEXT);
                    const hi = Math.min(text.length, until + types_1.CONTEXT);
                    const m = re.match(lo === 0 && hi === text.length ? text : text.slice(lo, hi), from - lo, captures);
                    if (m.index < 0)
                        return null;
                    const start = lo + m.index;
                    const end = start + m.match.length;
                    return captures ? { start, end, groups: m.groups } : { start, end };
                },
            };
        },
    };
}
