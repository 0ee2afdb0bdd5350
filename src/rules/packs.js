"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.packsDir = packsDir;
exports.packNames = packNames;
exports.packFile = packFile;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
/** The package root, found from this file whether it runs from src/ (tests) or dist/src/ (built). */
function packageRoot() {
    let dir = __dirname;
    for (;;) {
        const manifest = (0, node_path_1.join)(dir, 'package.json');
        if ((0, node_fs_1.existsSync)(manifest) && JSON.parse((0, node_fs_1.readFileSync)(manifest, 'utf8')).name === 'scrubline')
            return dir;
        const parent = (0, node_path_1.dirname)(dir);
        if (parent === dir)
            throw new Error('scrubline: cannot find its own package.json to load the built-in rule packs');
        dir = parent;
    }
}
let cachedDir;
/** Directory of the built-in packs (`rules/` in the package). */
function packsDir() {
    cachedDir ??= (0, node_path_1.join)(packageRoot(), 'rules');
    return cachedDir;
}
/** Names of the built-in packs: every `rules/*.yaml`. */
function packNames() {
    return (0, node_fs_1.readdirSync)(packsDir())
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -'.yaml'.length))
        .sort();
}
/** The file of a built-in pack, or undefined when `name` is not one. */
function packFile(name) {
    return packNames().includes(name) ? (0, node_path_1.join)(packsDir(), `${name}.yaml`) : undefined;
}
