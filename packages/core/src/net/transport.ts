import type { DenyDecision, HeaderMap } from '../decision.js';
import { problem } from '../http/problem.js';
import type { HstsPolicy, RequireHttpsPolicy } from '../policy/types.js';
import { durationSeconds } from '../policy/units.js';
import type { GateRequest } from '../request.js';

const ONE_YEAR = 31_536_000;
/** A Host header we are willing to put in a redirect: a name or IP literal with an optional port. */
const SAFE_HOST = /^(?:[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$/;

/** The `Strict-Transport-Security` header to add on HTTPS responses, prepared once; undefined when off. */
export function hstsHeaders(setting: boolean | HstsPolicy | undefined): HeaderMap | undefined {
  if (!setting) return undefined;
  const options = setting === true ? {} : setting;
  const maxAge = Math.floor(options.maxAge === undefined ? ONE_YEAR : durationSeconds(options.maxAge));
  let value = `max-age=${maxAge}`;
  if (options.includeSubDomains) value += '; includeSubDomains';
  if (options.preload) value += '; preload';
  return Object.freeze({ 'strict-transport-security': value });
}

export type HttpsCheck = (request: GateRequest, requestId: string) => DenyDecision;

/** What to answer a plain-HTTP request with, prepared once; undefined when HTTPS is not required. */
export function requireHttpsCheck(setting: boolean | RequireHttpsPolicy | undefined): HttpsCheck | undefined {
  if (!setting) return undefined;
  const options = setting === true ? {} : setting;
  const rejectStatus = options.rejectStatus ?? 403;
  const reject = (requestId: string, detail: string): DenyDecision => ({
    allowed: false,
    kind: 'deny',
    status: rejectStatus,
    headers: {},
    problem: problem(rejectStatus === 403 ? 'forbidden' : 'invalid-request', rejectStatus, 'HTTPS required', 'TG_HTTPS_REQUIRED', detail, {
      requestId,
    }),
    stage: 'auth',
    rule: 'transport:https',
    reason: { kind: 'network', code: 'https-required' },
  });
  if (options.action !== 'redirect') {
    return (_request, requestId) => reject(requestId, 'This API is served over HTTPS only; send the request to its https:// URL.');
  }
  return (request, requestId) => {
    const host = options.redirectHost ?? request.header('host');
    // Only a plain host name goes into Location: a crafted Host must not turn us into an open redirect.
    if (host === undefined || !SAFE_HOST.test(host)) {
      return reject(requestId, 'This API is served over HTTPS only, and the Host header is not one to redirect to; use the https:// URL.');
    }
    // A port on the Host belongs to the plain-HTTP listener: the https URL uses the default port unless configured.
    const target = options.redirectHost ?? host.replace(/:[0-9]+$/, '');
    const location = `https://${target}${request.path}${request.query ? '?' + request.query : ''}`;
    return {
      allowed: false,
      kind: 'deny',
      status: 308,
      headers: { location },
      problem: problem('forbidden', 308, 'HTTPS required', 'TG_HTTPS_REDIRECT', `This API is served over HTTPS only; repeat the request at ${location}.`, {
        requestId,
      }),
      stage: 'auth',
      rule: 'transport:https',
      reason: { kind: 'network', code: 'https-required' },
    };
  };
}
