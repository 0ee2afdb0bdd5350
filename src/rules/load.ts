import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { RuleFileError, type RuleProblem } from './errors';
import { RuleFileSchema, type ParsedRuleFile } from './schema';

export type PathSegment = string | number;

/** A validated rule file and a way back from a path in it to a line and column. */
export interface LoadedFile {
  /** As shown in errors: relative to the working directory when the file is under it. */
  readonly file: string;
  /** Absolute path, or undefined for in-memory rules. */
  readonly path: string | undefined;
  readonly data: ParsedRuleFile;
  /** Line and column of the value at `at` (of its key with `atKey`); the nearest parent if absent. */
  locate(at: readonly PathSegment[], atKey?: boolean): { line: number; column: number } | undefined;
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel.startsWith('..') || rel === '' ? abs : rel;
}

/** A rules source's text, its absolute path and its name as errors show it; a RuleFileError when unreadable. */
export function readSource(path: string, cwd: string, what: string): { source: string; abs: string; file: string } {
  const abs = resolve(cwd, path);
  const file = displayPath(abs, cwd);
  try {
    return { source: readFileSync(abs, 'utf8'), abs, file };
  } catch (err) {
    throw new RuleFileError([{ file, reason: `cannot read ${what}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }]);
  }
}

/** Reads a YAML or JSON rule file (JSON is parsed as YAML 1.2, which keeps positions). */
export function loadRuleFile(path: string, cwd: string): LoadedFile {
  const { source, abs, file } = readSource(path, cwd, 'rule file');
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new RuleFileError(
      doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line,
        column: e.linePos?.[0].col,
        reason: `${abs.endsWith('.json') ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    );
  }
  const locate = (at: readonly PathSegment[], atKey = false) => {
    const offset = offsetOf(doc, at, atKey);
    if (offset === undefined) return undefined;
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return validate(doc.toJS() ?? {}, file, abs, locate);
}

/** In-memory rules passed to createRedactor: validated the same way, named by their position. */
export function loadRuleObject(value: unknown, name: string): LoadedFile {
  return validate(value, name, undefined, () => undefined);
}

function validate(raw: unknown, file: string, path: string | undefined, locate: LoadedFile['locate']): LoadedFile {
  const parsed = RuleFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new RuleFileError(parsed.error.issues.map((issue) => problemOf(issue, raw, file, locate)));
  }
  return { file, path, data: parsed.data, locate };
}

function problemOf(issue: z.core.$ZodIssue, raw: unknown, file: string, locate: LoadedFile['locate']): RuleProblem {
  const at = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  // Unknown keys are reported on the object; point at the key itself.
  const unknownKey = issue.code === 'unrecognized_keys';
  const pos = locate(unknownKey ? [...at, issue.keys[0]!] : at, unknownKey);
  let ruleId: string | undefined;
  let field = at;
  if (at[0] === 'rules' && typeof at[1] === 'number') {
    const rule = (raw as { rules?: unknown[] }).rules?.[at[1]];
    const id = typeof rule === 'object' && rule !== null ? (rule as { id?: unknown }).id : undefined;
    ruleId = typeof id === 'string' ? id : `#${at[1] + 1}`;
    field = at.slice(2);
  }
  const reason = issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `'${k}'`).join(', ')}` : issue.message;
  return { file, ruleId, line: pos?.line, column: pos?.column, reason: field.length > 0 ? `${field.join('.')}: ${reason}` : reason };
}

/** Source offset of the deepest node on `at` that exists (a missing field points at its parent). */
function offsetOf(doc: Document, at: readonly PathSegment[], atKey: boolean): number | undefined {
  let node: unknown = doc.contents;
  let offset = (node as YamlNode | null)?.range?.[0];
  for (const [i, seg] of at.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg);
      if (pair === undefined) break;
      const keyOffset = (pair.key as YamlNode).range?.[0];
      node = pair.value;
      const valueOffset = (node as YamlNode | null)?.range?.[0];
      offset = (atKey && i === at.length - 1 ? keyOffset : valueOffset) ?? keyOffset;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (node === undefined) break;
      offset = (node as YamlNode).range?.[0];
    } else break;
  }
  return offset;
}

/** Resolves a path written in a rule file relative to that file (or the working directory). */
export function resolveFrom(loaded: LoadedFile, ref: string, cwd: string): string {
  return resolve(loaded.path === undefined ? cwd : dirname(loaded.path), ref);
}
