import type { DenyDecision } from '../decision.js';
import type { RequestContext } from '../context.js';
import type { Challenges } from '../http/www-authenticate.js';
import { malformedCredentials } from './denials.js';

/** Longest credential header we look at; anything longer is refused before any parsing (case 12). */
export const MAX_CREDENTIAL_LENGTH = 4096;

/** What a presented credential looks like, which decides the authenticator. */
export type CredentialKind = 'apiKey' | 'jwt' | 'opaque';

export interface Credential {
  readonly value: string;
  /** Came from the API-key header rather than `Authorization: Bearer`. */
  readonly fromKeyHeader: boolean;
  /** The `Authorization` header, when `value` is exactly that header minus its `Bearer ` scheme. */
  readonly authorization: string | undefined;
}

const API_KEY_PREFIX = /^tg_[a-z]{1,16}_/;
/** The Bearer scheme in any case, alone or followed by a space; `Bearerx` is another scheme. */
const BEARER_SCHEME = /^bearer(?: |$)/i;

/**
 * Whether trim() could change `text`: every character it strips is below `!` or above `~`. Asked first because
 * trim() is a builtin call on every request (~300 estimated cycles) and clients seldom pad the token.
 */
function endsInSpace(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first < 0x21 || first > 0x7e || last < 0x21 || last > 0x7e;
}

/** `tg_<env>_...` is an API key; anything with exactly two dots a JWT; the rest an opaque token. */
export function credentialKind(value: string): CredentialKind {
  if (API_KEY_PREFIX.test(value)) return 'apiKey';
  const first = value.indexOf('.');
  if (first !== -1) {
    const second = value.indexOf('.', first + 1);
    if (second !== -1 && value.indexOf('.', second + 1) === -1) return 'jwt';
  }
  return 'opaque';
}

/**
 * Finds the credential per RFC 6750: `Authorization: Bearer` (scheme case-insensitive) or the API-key header.
 * Credentials in the query string are refused (400): URLs end up in logs and proxies.
 */
export function extractCredential(
  ctx: RequestContext,
  apiKeyHeader: string,
  challenges: Challenges,
  rule: string,
): Credential | DenyDecision | undefined {
  const { request } = ctx;
  const authorization = request.header('authorization');
  const headerKey = request.header(apiKeyHeader);
  const { query } = request;
  if (query !== '' && (query.includes('access_token=') || query.includes('api_key='))) {
    return malformedCredentials(ctx, challenges, rule, 'credentials in the query string are not accepted; send them in the Authorization header');
  }
  let bearer: string | undefined;
  if (authorization !== undefined) {
    if (authorization.length > MAX_CREDENTIAL_LENGTH) {
      return malformedCredentials(ctx, challenges, rule, `the Authorization header is longer than ${MAX_CREDENTIAL_LENGTH} characters`);
    }
    // `Bearer ` as clients write it is matched without slicing or lower-casing the scheme; any other case of
    // it (RFC 6750 schemes are case-insensitive) by the regex.
    if (authorization.startsWith('Bearer ') || BEARER_SCHEME.test(authorization)) {
      bearer = authorization.slice(7);
      if (endsInSpace(bearer)) bearer = bearer.trim();
      if (bearer === '' || bearer.includes(' ')) {
        return malformedCredentials(ctx, challenges, rule, 'the Bearer credentials are empty or contain spaces');
      }
    }
    // Other schemes (Basic, ...) are not ours: treated as no credentials, per RFC 6750 §3.1.
  }
  if (headerKey !== undefined) {
    if (headerKey.length > MAX_CREDENTIAL_LENGTH || headerKey.trim() === '') {
      return malformedCredentials(ctx, challenges, rule, `the ${apiKeyHeader} header is empty or too long`);
    }
    if (bearer !== undefined && bearer !== headerKey) {
      return malformedCredentials(ctx, challenges, rule, `credentials were sent both in Authorization and in ${apiKeyHeader}`);
    }
    return { value: headerKey, fromKeyHeader: true, authorization: undefined };
  }
  if (bearer === undefined) return undefined;
  return { value: bearer, fromKeyHeader: false, authorization: bearer.length + 7 === authorization?.length ? authorization : undefined };
}
