import { REDACTION_FAILED, type Redactor } from '../../src/index';
import { changedValues } from './changed-values';
import { isJsonLine, replaceChanged } from './finished-line';
import { LEVEL, MESSAGE, type WinstonFormat, type WinstonInfo } from './info';
import { toRedactor, type RedactorSource } from './redactor-source';

/**
 * A logform format that scrubs whatever the info holds where it stands in the chain: `message`,
 * every metadata field, `splat` arguments, errors and their stacks, and the finished line
 * (`info[Symbol.for('message')]`) when a finalizer ran before it. It never mutates the info it is
 * given: a changed info is a copy, so other transports, the caller's objects and `defaultMeta`
 * keep their values (winston#1933, #1549).
 */
export function redactFormat(source?: RedactorSource): WinstonFormat {
  const redactor = toRedactor(source);
  return { options: {}, transform: (info) => redactInfo(redactor, info) };
}

/** The info itself when it was clean, else a scrubbed copy; never throws, never the original on failure. */
function redactInfo(redactor: Redactor, info: WinstonInfo): WinstonInfo {
  try {
    const line = info[MESSAGE];
    if (typeof line === 'string') return redactFinished(redactor, info, line);
    // The core walks string and enumerable symbol keys, so SPLAT is scrubbed with the rest.
    const out: unknown = redactor.redactValue(info);
    if (out === info) return info;
    if (typeof out !== 'object' || out === null) return withheld(info);
    keepLevel(info, out as WinstonInfo);
    return out as WinstonInfo;
  } catch {
    return withheld(info);
  }
}

/**
 * After a finalizer: the fields first, then the line with their redactions put in where the
 * finalizer wrote them (so `keys:` and `paths:` reach a text line, and escapes survive), then the
 * line scanned for whatever the finalizer added. A JSON line is scanned as JSON and stays valid.
 */
function redactFinished(redactor: Redactor, info: WinstonInfo, line: string): WinstonInfo {
  // An Error info (`logger.error(err)` with no errors() format) keeps its class for the walk; its
  // line is then scanned twice, which is rare enough not to matter.
  const fields = isPlain(info) ? withoutLine(info) : info;
  const out: unknown = redactor.redactValue(fields);
  if (typeof out !== 'object' || out === null) return withheld(info);
  const changes = out === fields ? [] : changedValues(fields, out);
  if (changes === undefined) return withheld(info);
  const replaced = changes.length === 0 ? line : replaceChanged(line, changes, isJsonLine(line));
  const scrubbed = redactor.redactValue(replaced);
  if (out === fields && scrubbed === line) return info;
  const result = (out === fields ? { ...info } : out) as WinstonInfo;
  keepLevel(info, result);
  result[MESSAGE] = scrubbed;
  return result;
}

function withoutLine(info: WinstonInfo): WinstonInfo {
  const { [MESSAGE]: _line, ...fields } = info;
  return fields as WinstonInfo;
}

function isPlain(info: object): boolean {
  const proto = Object.getPrototypeOf(info) as object | null;
  return proto === Object.prototype || proto === null;
}

/**
 * Level names are the logger's own, not user data: transports filter and colour by them, so a
 * rule or `keys:` glob that happened to match one must not rename it.
 */
function keepLevel(from: WinstonInfo, to: WinstonInfo): void {
  if (to.level !== from.level) to.level = from.level;
  if (to[LEVEL] !== from[LEVEL]) to[LEVEL] = from[LEVEL];
}

/**
 * What is written when the info could not be scrubbed: its level (so it is still routed and
 * counted) and a marker, in the shape of the line a finalizer had already made.
 */
function withheld(info: WinstonInfo): WinstonInfo {
  const level = read(info, 'level');
  const name = typeof level === 'string' ? level : 'error';
  const out: WinstonInfo = { level: name, message: REDACTION_FAILED, [LEVEL]: name };
  // Exception and rejection logs only take infos flagged as such.
  for (const flag of ['exception', 'rejection'] as const) if (read(info, flag) === true) out[flag] = true;
  const line = read(info, MESSAGE);
  if (line !== undefined) {
    const json = typeof line === 'string' && line.trimStart().startsWith('{');
    out[MESSAGE] = json ? JSON.stringify({ level: name, message: REDACTION_FAILED }) : `${name}: ${REDACTION_FAILED}`;
  }
  return out;
}

function read(info: WinstonInfo, key: string | symbol): unknown {
  try {
    return info[key];
  } catch {
    return undefined;
  }
}
