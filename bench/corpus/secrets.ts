import { FIRST, DOMAINS } from './personal';
import { ALNUM, BASE64URL, type Rng, UPPER } from './rng';
import { around, whole, type Snippet } from './snippet';

/** Credentials in the shapes their providers document. */
export function awsKey(rng: Rng): Snippet {
  return whole(rng.pick(['AKIA', 'ASIA']) + rng.chars(UPPER + '234567', 16));
}

export function githubToken(rng: Rng): Snippet {
  if (rng.chance(0.3)) return whole(`github_pat_${rng.chars(ALNUM, 22)}_${rng.chars(ALNUM, 59)}`);
  return whole(rng.pick(['ghp_', 'gho_', 'ghs_', 'ghu_']) + rng.chars(ALNUM, 36));
}

export function openaiKey(rng: Rng): Snippet {
  const form = rng.int(0, 2);
  if (form === 0) return whole(`sk-proj-${rng.chars(BASE64URL, 74)}T3BlbkFJ${rng.chars(BASE64URL, 74)}`);
  if (form === 1) return whole(`sk-${rng.chars(ALNUM, 20)}T3BlbkFJ${rng.chars(ALNUM, 20)}`);
  return whole(`sk-svcacct-${rng.chars(BASE64URL, 64)}`);
}

export function anthropicKey(rng: Rng): Snippet {
  return whole(`sk-ant-api03-${rng.chars(BASE64URL, 93)}AA`);
}

export function slackToken(rng: Rng): Snippet {
  if (rng.chance(0.25)) return whole(`https://hooks.slack.com/services/T${rng.chars(UPPER + '0123456789', 8)}/B${rng.chars(UPPER + '0123456789', 8)}/${rng.chars(ALNUM, 24)}`);
  return whole(`${rng.pick(['xoxb', 'xoxp', 'xapp'])}-${rng.digits(11)}-${rng.digits(12)}-${rng.chars(ALNUM, 24)}`);
}

export function stripeKey(rng: Rng): Snippet {
  return whole(`${rng.pick(['sk_live_', 'rk_live_', 'sk_test_'])}${rng.chars(ALNUM, rng.pick([24, 99]))}`);
}

export function googleKey(rng: Rng): Snippet {
  return whole(`AIza${rng.chars(BASE64URL, 35)}`);
}

const b64url = (s: string) => Buffer.from(s).toString('base64url');

export function jwt(rng: Rng): Snippet {
  const header = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const payload = b64url(JSON.stringify({ sub: `usr_${rng.chars(ALNUM, 10)}`, email: `${rng.pick(FIRST)}@${rng.pick(DOMAINS)}`, iat: 1_760_000_000 + rng.int(0, 9_999_999) }));
  return whole(`${header}.${payload}.${rng.chars(BASE64URL, 43)}`);
}

export function privateKey(rng: Rng): Snippet {
  const kind = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines = Array.from({ length: rng.int(4, 12) }, () => rng.chars(ALNUM + '+/', 64));
  return whole(`-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----`);
}

export function bearer(rng: Rng): Snippet {
  return around(rng.pick(['Bearer ', 'bearer ']), rng.chars(ALNUM + '._-', rng.int(24, 64)));
}

