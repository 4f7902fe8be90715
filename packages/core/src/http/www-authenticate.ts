/** RFC 6750 challenges, built once per realm because they never change per request. */
export interface Challenges {
  /** No credentials: no error code (RFC 6750 §3.1). */
  readonly missing: string;
  readonly invalidRequest: string;
  readonly invalidToken: string;
}

export function bearerChallenges(realm: string): Challenges {
  const base = `Bearer realm="${realm}"`;
  return {
    missing: base,
    invalidRequest: `${base}, error="invalid_request"`,
    invalidToken: `${base}, error="invalid_token"`,
  };
}

/** 403 challenge naming the scopes the route needs (RFC 6750 §3.1); scope tokens never contain `"` or `\`. */
export function insufficientScopeChallenge(realm: string, scopes: readonly string[]): string {
  const base = `Bearer realm="${realm}", error="insufficient_scope"`;
  return scopes.length > 0 ? `${base}, scope="${scopes.join(' ')}"` : base;
}
