import type { ClaimMapping } from '../policy/types.js';
import type { Principal } from '../principal.js';

/** A claim mapping with its dotted paths split once, at start-up. */
export interface CompiledClaims {
  readonly subject: readonly (readonly string[])[];
  readonly tenant: readonly string[] | undefined;
  readonly roles: readonly string[];
  readonly scopes: readonly string[];
}

const EMPTY: readonly string[] = Object.freeze([]);

export function compileClaims(mapping: ClaimMapping | undefined, defaults: Required<Omit<ClaimMapping, 'tenant'>> & Pick<ClaimMapping, 'tenant'>): CompiledClaims {
  const subject = mapping?.subject ?? defaults.subject;
  const tenant = mapping?.tenant ?? defaults.tenant;
  return {
    subject: [subject].flat().map(split),
    tenant: tenant === undefined ? undefined : split(tenant),
    roles: split(mapping?.roles ?? defaults.roles),
    scopes: split(mapping?.scopes ?? defaults.scopes),
  };
}

// A claim literally named `a.b` wins over the nested path: IdPs such as Keycloak use both styles.
function split(path: string): readonly string[] {
  return path.includes('.') ? [path, ...path.split('.')] : [path];
}

function read(claims: Record<string, unknown>, path: readonly string[]): unknown {
  if (path.length > 1 && Object.hasOwn(claims, path[0] as string)) return claims[path[0] as string];
  let value: unknown = claims;
  for (let i = path.length > 1 ? 1 : 0; i < path.length; i++) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, path[i] as string)) return undefined;
    value = (value as Record<string, unknown>)[path[i] as string];
  }
  return value;
}

/** A list claim: an array of strings, or a space-separated string (`scp`, `scope`). Anything else is empty. */
function list(value: unknown): readonly string[] {
  if (typeof value === 'string') return Object.freeze(value.split(' ').filter((s) => s !== ''));
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return Object.freeze([...(value as string[])]);
  return EMPTY;
}

/** Builds the principal a verified token stands for; undefined when no subject claim is a usable string. */
export function principalFromClaims(
  claims: Record<string, unknown>,
  mapping: CompiledClaims,
  method: Principal['method'],
): Principal | undefined {
  let id: string | undefined;
  for (const path of mapping.subject) {
    const value = read(claims, path);
    if (typeof value === 'string' && value !== '' && value.length <= 256) {
      id = value;
      break;
    }
  }
  if (id === undefined) return undefined;
  const tenant = mapping.tenant ? read(claims, mapping.tenant) : undefined;
  const exp = claims['exp'];
  return Object.freeze({
    id,
    method,
    ...(typeof tenant === 'string' && tenant !== '' ? { tenant } : {}),
    roles: list(read(claims, mapping.roles)),
    scopes: list(read(claims, mapping.scopes)),
    ...(typeof exp === 'number' ? { expiresAt: exp } : {}),
  });
}
