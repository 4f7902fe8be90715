import type { Principal } from '../principal.js';
import type { Rejection } from './denials.js';

/** What a token authenticator concluded: a principal, a refused token (401) or an unreachable IdP (503). */
export type TokenOutcome =
  | { readonly ok: true; readonly principal: Principal }
  | { readonly ok: false; readonly rejection: Rejection }
  | { readonly ok: false; readonly unavailable: string };

export interface TokenAuthenticator {
  /**
   * `authorization`, when given, is the `Authorization` header that is exactly a `Bearer ` scheme (any case)
   * followed by `token`: the same header always carries the same token, so a cache may compare the header
   * instead of the token.
   */
  verify(token: string, authorization?: string): TokenOutcome | Promise<TokenOutcome>;
}
