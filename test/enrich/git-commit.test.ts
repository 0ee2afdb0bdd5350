import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectGitCommit } from '../../src/enrich/git-commit';
import { tempFiles } from '../support/tmp';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();

function repo(): string {
  const dir = tempFiles({ 'a.txt': 'a' });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', 'a.txt');
  git(dir, 'commit', '-q', '-m', 'first');
  return dir;
}

describe('the commit an app runs from', () => {
  test('from a deploy variable first', () => {
    const sha = 'ab'.repeat(20);
    expect(detectGitCommit({ GITHUB_SHA: sha.toUpperCase() }, tempFiles({}))).toBe(sha);
    expect(detectGitCommit({ GIT_COMMIT: 'not-a-sha' }, tempFiles({}))).toBeUndefined();
  });

  test('from .git, as git itself reads it, from a subdirectory too', () => {
    const dir = repo();
    mkdirSync(join(dir, 'src', 'deep'), { recursive: true });
    expect(detectGitCommit({}, join(dir, 'src', 'deep'))).toBe(git(dir, 'rev-parse', 'HEAD'));
  });

  test('with packed refs and a detached HEAD', () => {
    const dir = repo();
    git(dir, 'pack-refs', '--all');
    expect(detectGitCommit({}, dir)).toBe(git(dir, 'rev-parse', 'HEAD'));
    git(dir, 'checkout', '-q', '--detach');
    expect(detectGitCommit({}, dir)).toBe(git(dir, 'rev-parse', 'HEAD'));
  });

  test('in a worktree on its own branch', () => {
    const dir = repo();
    const wt = join(dir, '..', `${dir.split('/').pop()}-wt`);
    git(dir, 'worktree', 'add', '-q', '-b', 'feature', wt);
    git(wt, 'commit', '-q', '--allow-empty', '-m', 'second');
    expect(detectGitCommit({}, wt)).toBe(git(wt, 'rev-parse', 'HEAD'));
    expect(detectGitCommit({}, wt)).not.toBe(git(dir, 'rev-parse', 'HEAD'));
  });

  test('outside any repository: none', () => {
    expect(detectGitCommit({}, '/')).toBeUndefined();
  });
});
