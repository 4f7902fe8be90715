// Hand-built JWS for attack rows: jsonwebtoken.sign refuses most of what these tests must send (alg none,
// string exp, payloads that are not objects), so the compact serialisation is assembled here.
import { createHmac, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import type { SigningKey } from './oidc-provider.js';

const b64 = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

export function privateKeyOf(jwk: SigningKey): KeyObject {
  return createPrivateKey({ key: jwk as never, format: 'jwk' });
}

/** RS256 over `header.payload`; `payload` may be any JSON text, even one that is not an object. */
export function signRs256(header: Record<string, unknown>, payload: unknown, key: KeyObject): string {
  const input = `${b64(JSON.stringify(header))}.${b64(typeof payload === 'string' && payload.startsWith('raw:') ? payload.slice(4) : JSON.stringify(payload))}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

export function signHs256(header: Record<string, unknown>, payload: unknown, secret: string | Buffer): string {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

export function unsigned(header: Record<string, unknown>, payload: unknown, signature = ''): string {
  return `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}.${signature}`;
}
