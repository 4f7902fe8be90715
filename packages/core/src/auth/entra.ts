import type { ClaimMapping, EntraPreset, JwtPolicy } from '../policy/types.js';

const AUTHORITY = 'https://login.microsoftonline.com';

/** What the Entra ID preset stands for, for one tenant. */
export interface EntraSettings {
  /** v2.0 and v1.0 token issuers of the tenant: Entra issues either, depending on the app's manifest. */
  readonly issuer: readonly [string, string];
  readonly jwksUri: string;
  readonly discoveryUrl: string;
  readonly audience: readonly string[];
  readonly claims: Required<Omit<ClaimMapping, 'subject'>> & { subject: string[] };
}

export function entraSettings(preset: EntraPreset): EntraSettings {
  const tenant = preset.tenantId.toLowerCase();
  return {
    issuer: [`${AUTHORITY}/${tenant}/v2.0`, `https://sts.windows.net/${tenant}/`],
    jwksUri: `${AUTHORITY}/${tenant}/discovery/v2.0/keys`,
    discoveryUrl: `${AUTHORITY}/${tenant}/v2.0/.well-known/openid-configuration`,
    audience: [preset.audience].flat(),
    // `oid` is stable across apps (`sub` is pairwise per app); app-only tokens carry `roles`, user tokens `scp`.
    claims: { subject: ['oid', 'sub'], tenant: 'tid', roles: 'roles', scopes: 'scp' },
  };
}

/** The preset applied to a JWT policy; fields the policy sets explicitly win over the preset's. */
export function applyEntra(policy: JwtPolicy): JwtPolicy {
  if (!policy.entra) return policy;
  const entra = entraSettings(policy.entra);
  return {
    ...policy,
    issuer: policy.issuer ?? [...entra.issuer],
    audience: policy.audience ?? [...entra.audience],
    jwksUri: policy.jwksUri ?? entra.jwksUri,
    claims: { ...entra.claims, ...policy.claims },
  };
}
