import { describe, expect, it } from 'vitest';
import { jwt } from '../../src/validators/jwt';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('jwt', () => {
  it('accepts signed and unsigned tokens whose header and claims are JSON objects', () => {
    const header = b64({ alg: 'HS256', typ: 'JWT' });
    const claims = b64({ sub: '1234567890', name: 'Zoë', iat: 1516239022 });
    expect(jwt(`${header}.${claims}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`)).toBe(true);
    expect(jwt(`${header}.${claims}`)).toBe(true);
    expect(jwt(`${header}.${claims}.`)).toBe(true);
  });
  it.each([
    ['one segment', b64({ alg: 'none' })],
    ['claims are an array', `${b64({ alg: 'none' })}.${b64([1, 2])}`],
    ['header is not JSON', `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ.${b64({ sub: 'x' })}`],
    ['not base64url', `{"alg":"HS256"}.${b64({ sub: 'x' })}`],
  ])('refuses: %s', (_, v) => expect(jwt(v)).toBe(false));
});
