import type { PolicyDocument } from '../policy/types.js';
import { ApiKeyAuthenticator, type KeyChecker } from './api-key-auth.js';
import { Introspector } from './introspection.js';
import { JwtAuthenticator } from './jwt.js';
import type { TokenAuthenticator } from './token-outcome.js';

/** The gate's authenticators, built once at start-up and shared by every route that names them. */
export interface Authenticators {
  readonly apiKey: TokenAuthenticator;
  readonly jwt: TokenAuthenticator | undefined;
  readonly introspection: TokenAuthenticator | undefined;
}

export function buildAuthenticators(doc: PolicyDocument, keys: KeyChecker, baseDir: string, where: string): Authenticators {
  return {
    apiKey: new ApiKeyAuthenticator(keys),
    jwt: doc.jwt ? new JwtAuthenticator(doc.jwt, baseDir, `${where} jwt`) : undefined,
    introspection: doc.introspection ? new Introspector(doc.introspection, `${where} introspection`) : undefined,
  };
}
