import type { Principal } from '../principal.js';
import type { Rejection } from './denials.js';

/** What a token authenticator concluded: a principal, a refused token (401) or an unreachable IdP (503). */
export type TokenOutcome =
  | { readonly ok: true; readonly principal: Principal }
  | { readonly ok: false; readonly rejection: Rejection }
  | { readonly ok: false; readonly unavailable: string };

export interface TokenAuthenticator {
  verify(token: string): TokenOutcome | Promise<TokenOutcome>;
}
