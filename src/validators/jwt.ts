import { every, isBase64Url } from './chars';

/**
 * A JSON Web Token: the header and the claims are base64url JSON objects (the signature, if any,
 * is opaque). Rules out `eyJ`-prefixed lookalikes that only share the first characters.
 */
export function jwt(value: string): boolean {
  const [header, claims] = value.split('.');
  return isJsonObject(header) && isJsonObject(claims);
}

function isJsonObject(segment: string | undefined): boolean {
  if (segment === undefined || !every(segment, isBase64Url)) return false;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
