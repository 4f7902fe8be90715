import type { TrustProxy } from '../policy/types.js';
import type { GateRequest } from '../request.js';
import { canonicalIp } from './address.js';
import { inList, prepareList, type PreparedList } from './ip-rules.js';

/** Who the client is and whether it reached the first trusted hop over TLS. */
export interface ClientOrigin {
  /** Canonical client address, or `unknown`. */
  readonly ip: string;
  readonly secure: boolean;
}

interface Hop {
  readonly for: string;
  readonly proto: string | undefined;
}

/** Decides, once per request, the client address and scheme from the socket and the headers trusted proxies add. */
export interface TrustedProxies {
  /** True when every peer is trusted (`true`, or a range of /0): warned about at start-up. */
  readonly permissive: boolean;
  /** Whether any proxy is trusted at all; when not, forwarding headers are never read. */
  readonly any: boolean;
  resolve(request: GateRequest): ClientOrigin;
}

/**
 * `trustProxy`: `false`/`0` none; a number n: the n nearest hops (so with 1, `X-Forwarded-For: spoof, real`
 * from the proxy gives `real`); CIDRs or `loopback`/`linklocal`/`uniquelocal`: peers in those ranges; `true`: all.
 */
export function compileTrustProxy(setting: TrustProxy | undefined, where: string): TrustedProxies {
  let trusted: (ip: string, hop: number) => boolean;
  let permissive = false;
  if (setting === undefined || setting === false || setting === 0) {
    trusted = () => false;
  } else if (setting === true) {
    trusted = () => true;
    permissive = true;
  } else if (typeof setting === 'number') {
    trusted = (_ip, hop) => hop < setting;
  } else {
    const entries = typeof setting === 'string' ? setting.split(',').map((s) => s.trim()).filter(Boolean) : setting;
    const list: PreparedList = prepareList(entries, `${where}.trustProxy`);
    permissive = list.everything;
    trusted = (ip) => ip !== 'unknown' && inList(list, ip);
  }
  const any = !(setting === undefined || setting === false || setting === 0);
  return {
    permissive,
    any,
    resolve(request) {
      const socket = (request.remoteAddress !== undefined && canonicalIp(request.remoteAddress)) || 'unknown';
      if (!any || !trusted(socket, 0)) return { ip: socket, secure: request.encrypted };
      const hops = forwardedHops(request);
      // Walk from our side towards the client while the address we stand on is a trusted proxy.
      let ip = socket;
      let i = hops.length;
      let hop = 0;
      while (i > 0 && trusted(ip, hop)) {
        const next = canonicalIp((hops[i - 1] as Hop).for);
        // A hop a trusted proxy would never write (a name, `unknown`, garbage): stop at the proxy itself.
        if (next === undefined) break;
        i--;
        ip = next;
        hop++;
      }
      const proto = i < hops.length ? (hops[i] as Hop).proto : forwardedProtoOnly(request);
      return { ip, secure: proto === undefined ? request.encrypted : proto.toLowerCase() === 'https' };
    },
  };
}

/**
 * The hops as proxies recorded them, nearest last: `Forwarded` (RFC 7239) when present, else
 * `X-Forwarded-For` with `X-Forwarded-Proto` lined up by position (or its last value, when the counts differ).
 */
function forwardedHops(request: GateRequest): Hop[] {
  const forwarded = request.header('forwarded');
  if (forwarded !== undefined) return parseForwarded(forwarded);
  const xff = request.header('x-forwarded-for');
  const protos = splitList(request.header('x-forwarded-proto'));
  if (xff === undefined) return [];
  const fors = splitList(xff);
  return fors.map((f, i) => ({ for: f, proto: protos.length === fors.length ? protos[i] : protos[protos.length - 1] }));
}

/** With a trusted peer and no `for` hops, the scheme the proxy reports (its last value). */
function forwardedProtoOnly(request: GateRequest): string | undefined {
  const forwarded = request.header('forwarded');
  if (forwarded !== undefined) return parseForwarded(forwarded).at(-1)?.proto;
  return splitList(request.header('x-forwarded-proto')).at(-1);
}

function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * RFC 7239: `for=192.0.2.60;proto=http, for="[2001:db8::17]:4711"`. Elements are comma-separated pairs;
 * values may be quoted. Written by hand because the grammar is a few lines and no maintained parser fits.
 */
export function parseForwarded(value: string): Hop[] {
  const hops: Hop[] = [];
  for (const element of value.split(',')) {
    let forValue: string | undefined;
    let proto: string | undefined;
    for (const pair of element.split(';')) {
      const eq = pair.indexOf('=');
      if (eq === -1) continue;
      const name = pair.slice(0, eq).trim().toLowerCase();
      let v = pair.slice(eq + 1).trim();
      if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
      if (name === 'for') forValue = v;
      else if (name === 'proto') proto = v;
    }
    // An element without `for` still marks a hop; an unusable value stops the walk there.
    hops.push({ for: forValue ?? '', proto });
  }
  return hops;
}
