"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectGitCommit = detectGitCommit;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
/** Deploy platforms and CI systems that put the commit in the environment, most specific first. */
const COMMIT_VARIABLES = ['GIT_COMMIT', 'GIT_COMMIT_SHA', 'COMMIT_SHA', 'SOURCE_VERSION', 'GITHUB_SHA', 'CI_COMMIT_SHA', 'VERCEL_GIT_COMMIT_SHA', 'RENDER_GIT_COMMIT', 'HEROKU_SLUG_COMMIT'];
const isHex = (s) => {
    if (s.length !== 40 && s.length !== 64)
        return false;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102)))
            return false;
    }
    return true;
};
const read = (path) => {
    try {
        return (0, node_fs_1.readFileSync)(path, 'utf8').trim();
    }
    catch {
        return undefined;
    }
};
/**
 * The commit the app runs from: an environment variable set by the deploy, else the `.git` found
 * from `cwd` upwards (plain repositories and worktrees, loose and packed refs). Reads a few small
 * files once; never spawns git.
 */
function detectGitCommit(env = process.env, cwd = process.cwd()) {
    for (const name of COMMIT_VARIABLES) {
        const value = env[name]?.trim().toLowerCase();
        if (value !== undefined && isHex(value))
            return value;
    }
    const gitDir = findGitDir(cwd);
    if (gitDir === undefined)
        return undefined;
    const head = read((0, node_path_1.join)(gitDir, 'HEAD'));
    if (head === undefined)
        return undefined;
    if (isHex(head))
        return head;
    if (!head.startsWith('ref: '))
        return undefined;
    const ref = head.slice('ref: '.length).trim();
    // A worktree keeps its HEAD; branches live in the main repository's directory.
    const common = read((0, node_path_1.join)(gitDir, 'commondir'));
    const refDirs = common === undefined ? [gitDir] : [gitDir, (0, node_path_1.resolve)(gitDir, common)];
    for (const dir of refDirs) {
        const loose = read((0, node_path_1.join)(dir, ref));
        if (loose !== undefined && isHex(loose))
            return loose;
        const packed = read((0, node_path_1.join)(dir, 'packed-refs'));
        for (const line of packed?.split('\n') ?? []) {
            const space = line.indexOf(' ');
            if (space > 0 && line.slice(space + 1).trim() === ref && isHex(line.slice(0, space)))
                return line.slice(0, space);
        }
    }
    return undefined;
}
function findGitDir(from) {
    for (let dir = (0, node_path_1.resolve)(from);; dir = (0, node_path_1.dirname)(dir)) {
        const candidate = (0, node_path_1.join)(dir, '.git');
        try {
            if ((0, node_fs_1.statSync)(candidate).isDirectory())
                return candidate;
            const pointer = read(candidate);
            if (pointer?.startsWith('gitdir: ')) {
                const target = pointer.slice('gitdir: '.length).trim();
                return (0, node_path_1.isAbsolute)(target) ? target : (0, node_path_1.resolve)(dir, target);
            }
        }
        catch {
            // No .git here: keep walking up.
        }
        if ((0, node_path_1.dirname)(dir) === dir)
            return undefined;
    }
}
