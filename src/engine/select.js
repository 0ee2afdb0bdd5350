"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.engineFactory = engineFactory;
const node_re2_1 = require("./node-re2");
const re2_wasm_1 = require("./re2-wasm");
/**
 * Returns a factory, not an engine: after a wasm abort the redactor needs a brand-new instance.
 * `auto` prefers the native node-re2 (about 8x faster) and falls back to re2-wasm, which always
 * installs; naming an engine that cannot load is an error rather than a silent fallback.
 */
function engineFactory(choice) {
    if (choice === 're2-wasm')
        return re2_wasm_1.loadRe2Wasm;
    if (choice === 're2') {
        try {
            (0, node_re2_1.loadNodeRe2)();
        }
        catch (err) {
            const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
            throw new Error(`engine 're2' could not load the native node-re2 addon (${reason}); install it with \`npm i re2\` or use engine 'auto'`);
        }
        return node_re2_1.loadNodeRe2;
    }
    try {
        (0, node_re2_1.loadNodeRe2)();
        return node_re2_1.loadNodeRe2;
    }
    catch {
        return re2_wasm_1.loadRe2Wasm;
    }
}
