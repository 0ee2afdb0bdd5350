import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** Deploy platforms and CI systems that put the commit in the environment, most specific first. */
const COMMIT_VARIABLES = ['GIT_COMMIT', 'GIT_COMMIT_SHA', 'COMMIT_SHA', 'SOURCE_VERSION', 'GITHUB_SHA', 'CI_COMMIT_SHA', 'VERCEL_GIT_COMMIT_SHA', 'RENDER_GIT_COMMIT', 'HEROKU_SLUG_COMMIT'];

const isHex = (s: string) => {
  if (s.length !== 40 && s.length !== 64) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
};

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
};

/**
 * The commit the app runs from: an environment variable set by the deploy, else the `.git` found
 * from `cwd` upwards (plain repositories and worktrees, loose and packed refs). Reads a few small
 * files once; never spawns git.
 */
export function detectGitCommit(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string | undefined {
  for (const name of COMMIT_VARIABLES) {
    const value = env[name]?.trim().toLowerCase();
    if (value !== undefined && isHex(value)) return value;
  }
  const gitDir = findGitDir(cwd);
  if (gitDir === undefined) return undefined;
  const head = read(join(gitDir, 'HEAD'));
  if (head === undefined) return undefined;
  if (isHex(head)) return head;
  if (!head.startsWith('ref: ')) return undefined;
  const ref = head.slice('ref: '.length).trim();
  // A worktree keeps its HEAD; branches live in the main repository's directory.
  const common = read(join(gitDir, 'commondir'));
  const refDirs = common === undefined ? [gitDir] : [gitDir, resolve(gitDir, common)];
  for (const dir of refDirs) {
    const loose = read(join(dir, ref));
    if (loose !== undefined && isHex(loose)) return loose;
    const packed = read(join(dir, 'packed-refs'));
    for (const line of packed?.split('\n') ?? []) {
      const space = line.indexOf(' ');
      if (space > 0 && line.slice(space + 1).trim() === ref && isHex(line.slice(0, space))) return line.slice(0, space);
    }
  }
  return undefined;
}

function findGitDir(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, '.git');
    try {
      if (statSync(candidate).isDirectory()) return candidate;
      const pointer = read(candidate);
      if (pointer?.startsWith('gitdir: ')) {
        const target = pointer.slice('gitdir: '.length).trim();
        return isAbsolute(target) ? target : resolve(dir, target);
      }
    } catch {
      // No .git here: keep walking up.
    }
    if (dirname(dir) === dir) return undefined;
  }
}
