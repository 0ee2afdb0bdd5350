import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import winston from 'winston';
import type { RedactorOptions, RuleFileInput } from '../../../src/index';

/**
 * Rules of our own, so these tests do not move when the built-in packs grow. None of them can
 * match the clean text the tests log (no digits runs, no `@`, no keywords).
 */
export const RULES: RuleFileInput = {
  rules: [
    { id: 'email', type: 'EMAIL', regex: '[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\\.){1,8}[A-Za-z]{2,24}\\b' },
    { id: 'card', type: 'CREDIT_CARD', regex: '\\b(?:\\d[ -]?){12,18}\\d\\b', validate: ['luhn'] },
    { id: 'aws-key', type: 'AWS_ACCESS_KEY', regex: '\\b(?:AKIA|ASIA)[A-Z2-7]{16}\\b', keywords: ['AKIA', 'ASIA'] },
    { id: 'customer', type: 'PERSON', keywords: ['Åsa Lindgren'] },
  ],
  keys: ['password', '*token*'],
};

export const OPTIONS: RedactorOptions = { packs: [], rules: [RULES] };

/** Planted values: none may reach a sink. */
export const EMAIL = 'jane.doe@example.com';
export const OPS_EMAIL = 'ops.lead@example.com';
export const CARD = '4111 1111 1111 1111';
export const AWS_KEY = 'AKIAIOSFODNN7EXAMPLE';
export const PERSON = 'Åsa Lindgren';
export const PASSWORD = 'hunter2-horse-battery';
export const PLANTED = [EMAIL, OPS_EMAIL, CARD, AWS_KEY, PERSON, PASSWORD, 'example.com'];

/** The planted values found in `text`: the tests expect none. */
export function leaks(text: string): string[] {
  return PLANTED.filter((value) => text.includes(value));
}

/** A winston Stream transport over a PassThrough, and everything written to it. */
export function captured(options: Omit<winston.transports.StreamTransportOptions, 'stream'> = {}): { transport: winston.transports.StreamTransportInstance; text: () => string; lines: () => string[] } {
  const stream = new PassThrough();
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text += chunk));
  const transport = new winston.transports.Stream({ ...options, stream });
  return { transport, text: () => text, lines: () => text.split('\n').filter((l) => l !== '') };
}

/**
 * Ends the logger and waits until every transport has finished writing (winston's own signal).
 * winston 3.19 ends its transports while it still holds lines for a slow one (a File not yet
 * open), which then fail with "write after end" and are lost, with or without scrubline
 * (winston#2219; fix proposed in winston#2599): wait for that buffer to empty first.
 */
export async function ended(logger: winston.Logger): Promise<void> {
  while (logger.readableLength > 0) await new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve, reject) => {
    logger.once('finish', () => setImmediate(resolve));
    logger.once('error', reject);
    logger.end();
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'scrubline-winston-'));
}

export const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
