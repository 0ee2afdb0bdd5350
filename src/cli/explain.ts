import { readFile, stat } from 'node:fs/promises';
import type { Finding } from '../detect/overlaps';
import type { RejectedCandidate } from '../redactor';
import { parseCommandArgs } from './args';
import { EXIT_OK, fsReason, UserError } from './errors';
import { bytes } from './format';
import { readStdin } from './stdin';
import { batchRedactorFor } from './batch-redactor';
import { redactorOptionsFrom, RULE_OPTIONS, RULE_OPTIONS_HELP } from './rule-options';

const OPTIONS = { ...RULE_OPTIONS, help: { type: 'boolean', short: 'h' } } as const;

export const EXPLAIN_HELP = `Usage: scrubline explain [options] TEXT... | FILE | -

Shows a text with every finding marked, each with its rule id and entity type, and the
candidates a check turned down and why (luhn failed, allow-listed, no context word nearby...).
The argument is read as a file when one by that name exists; - reads stdin; anything else
is the text itself (several words are joined by spaces). Findings are what the rules match
in the raw text; the redacted text at the end is what 'scrubline redact' would write (a JSON
line redacted as a record, so keys: and paths: rules show there).

Options:
  -h, --help            this help

${RULE_OPTIONS_HELP}

Marks: «finding»¹ and ‹rejected candidate›², in colour on a terminal.
`;

/** explain prints the whole text back: beyond this, a summary (redact --summary) serves better. */
const MAX_TEXT = 1 << 20;

export async function explain(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', args, OPTIONS);
  if (values.help === true) {
    process.stdout.write(EXPLAIN_HELP);
    return EXIT_OK;
  }
  const text = await textFrom(positionals);
  if (text === '') throw new UserError('nothing to explain: the text is empty');
  // The redacted text is what `scrubline redact` would write: JSON lines as records, others as text.
  const batches = batchRedactorFor({ options: redactorOptionsFrom(values), maxLine: MAX_TEXT }, (error) => process.stderr.write(`scrubline explain: warning: ${error.message}\n`));
  const { findings, rejected } = batches.redactor.explain(text);
  const redacted = Buffer.from(batches.run(Buffer.from(text, 'utf8')).out).toString('utf8');
  const colour = process.stdout.isTTY === true && process.stdout.hasColors();
  process.stdout.write(`${report(text, findings, rejected, redacted, colour ? ANSI : PLAIN)}\n`);
  return EXIT_OK;
}

async function textFrom(args: readonly string[]): Promise<string> {
  if (args.length === 0 || (args.length === 1 && args[0] === '-')) {
    if (args.length === 0 && process.stdin.isTTY === true) {
      throw new UserError('nothing to explain: give a TEXT or FILE, or pipe text in', "For example: scrubline explain 'card 4111 1111 1111 1111'");
    }
    return limited(await readStdin(MAX_TEXT + 1), '<stdin>');
  }
  if (args.length === 1) {
    const name = args[0]!;
    const info = await stat(name).catch(() => undefined);
    if (info?.isFile() === true) {
      if (info.size > MAX_TEXT) throw tooBig(name, info.size);
      return readFile(name, 'utf8').catch((err: unknown) => {
        throw new UserError(`cannot read ${name}: ${fsReason(err)}`);
      });
    }
    if (info === undefined && looksLikePath(name)) {
      process.stderr.write(`scrubline explain: note: no file named '${name}'; explaining the text itself\n`);
    }
  }
  return args.join(' ');
}

/** `logs/app.log`, `trace.ndjson`: worth a note when no such file exists (plain loops: this is the user's text). */
function looksLikePath(s: string): boolean {
  if (s.length > 4096 || s.includes('@')) return false;
  for (const ch of s) if (ch === ' ' || ch === '\t' || ch === '\n') return false;
  if (s.includes('/') || s.includes('\\')) return true;
  const ext = s.slice(s.lastIndexOf('.') + 1);
  if (ext.length < 2 || ext.length > 8 || ext.length === s.length) return false;
  for (const ch of ext) if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return false;
  return true;
}

function limited(text: string, name: string): string {
  if (Buffer.byteLength(text) > MAX_TEXT) throw tooBig(name, Buffer.byteLength(text));
  return text;
}

function tooBig(name: string, size: number): UserError {
  return new UserError(`${name} is ${bytes(size)}: explain prints the text back and takes up to ${bytes(MAX_TEXT)}`, `For a large file, count the findings instead: scrubline redact --summary ${name} > /dev/null`);
}

interface Style {
  finding(text: string): string;
  rejected(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ANSI: Style = {
  finding: (t) => `\x1b[1;41;97m${t}\x1b[0m`,
  rejected: (t) => `\x1b[4;33m${t}\x1b[0m`,
  dim: (t) => `\x1b[2m${t}\x1b[0m`,
  bold: (t) => `\x1b[1m${t}\x1b[0m`,
};

const PLAIN: Style = {
  finding: (t) => `«${t}»`,
  rejected: (t) => `‹${t}›`,
  dim: (t) => t,
  bold: (t) => t,
};

interface Item {
  readonly n: number;
  readonly at: Finding;
  readonly reason: string | undefined;
}

/** The marked text, a table of findings and rejected candidates, and the redacted text. */
export function report(text: string, findings: readonly Finding[], rejected: readonly RejectedCandidate[], redacted: string, style: Style): string {
  // Numbered in reading order, so the marks in the text count up from left to right.
  const all = [...findings.map((f) => ({ at: f, reason: undefined })), ...rejected.map((r) => ({ at: r as Finding, reason: r.reason }))]
    .sort((a, b) => a.at.start - b.at.start || (a.reason === undefined ? -1 : 1))
    .map((x, i): Item => ({ n: i + 1, ...x }));
  const out: string[] = [withoutFinalNewline(marked(text, all, style)), ''];
  const found = all.filter((i) => i.reason === undefined);
  const turnedDown = all.filter((i) => i.reason !== undefined);
  if (all.length === 0) out.push('no findings, no rejected candidates');
  const lines = lineStarts(text);
  const table = (title: string, items: readonly Item[]) => {
    if (items.length === 0) return;
    out.push(style.bold(`${title} (${items.length})`));
    const rows = items.map((i) => [superscript(i.n), span(lines, i.at), i.at.type, i.at.rule, i.reason ?? '']);
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const r of rows) out.push(`  ${r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')}`.trimEnd());
  };
  table('findings', found);
  table('rejected', turnedDown);
  out.push('', style.bold('redacted'), withoutFinalNewline(shown(redacted)));
  return out.join('\n');
}

/** A file's last newline would print as an empty line before the next section. */
function withoutFinalNewline(s: string): string {
  return s.endsWith('\n') ? s.slice(0, s.endsWith('\r\n') ? -2 : -1) : s;
}

/** Findings marked in place; a rejected candidate too where it overlaps nothing already marked. */
function marked(text: string, items: readonly Item[], style: Style): string {
  const placed: Item[] = items.filter((i) => i.reason === undefined);
  for (const r of items) {
    if (r.reason !== undefined && !placed.some((p) => p.at.start < r.at.end && r.at.start < p.at.end)) placed.push(r);
  }
  placed.sort((a, b) => a.at.start - b.at.start);
  let out = '';
  let at = 0;
  for (const p of placed) {
    const value = shown(text.slice(p.at.start, p.at.end));
    out += shown(text.slice(at, p.at.start)) + (p.reason === undefined ? style.finding(value) : style.rejected(value)) + style.dim(superscript(p.n));
    at = p.at.end;
  }
  return out + shown(text.slice(at));
}

/** Control characters as visible symbols (␛, ␍): an escape sequence in a log must not drive the terminal. */
function shown(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += (c < 0x20 && c !== 0x0a && c !== 0x09) || c === 0x7f ? String.fromCharCode(c === 0x7f ? 0x2421 : 0x2400 + c) : ch;
  }
  return out;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** `line:col-col`, or `line:col-line:col` across lines; 1-based, end inclusive. */
function span(starts: readonly number[], f: Finding): string {
  const pos = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
  const a = pos(f.start);
  const b = pos(Math.max(f.start, f.end - 1));
  return a.line === b.line ? `${a.line}:${a.col}-${b.col}` : `${a.line}:${a.col}-${b.line}:${b.col}`;
}
