import ipaddr from 'ipaddr.js';
import { memo } from './memo.js';

/** Dotted-quad IPv4 without leading zeros: the form sockets and proxies write, checked without parsing. */
const PLAIN_V4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * An address as written in a header or reported by a socket, in canonical form: IPv4 dotted quad, IPv6 in
 * RFC 5952 form, IPv4-mapped IPv6 (`::ffff:10.0.0.1`, `::ffff:a00:1`) as the IPv4 address. Brackets and a
 * port are removed. Undefined when it is not an IP address (hostnames, `unknown`, obfuscated identifiers).
 */
export function canonicalIp(raw: string): string | undefined {
  if (PLAIN_V4.test(raw)) return raw;
  if (raw.startsWith('::ffff:') && PLAIN_V4.test(raw.slice(7))) return raw.slice(7);
  return parseIp(raw);
}

const parseIp = memo((raw: string): string | undefined => {
  let s = raw.trim();
  if (s.startsWith('[')) {
    const end = s.indexOf(']');
    if (end === -1) return undefined;
    s = s.slice(1, end);
  } else {
    const colon = s.indexOf(':');
    // `1.2.3.4:5678`: an IPv4 address with a port (an IPv6 address has several colons).
    if (colon !== -1 && colon === s.lastIndexOf(':') && s.includes('.')) s = s.slice(0, colon);
  }
  // Four-part decimal only: ipaddr.js (like inet_aton) would also read `0x7f.1` or `2130706433` as addresses.
  if (ipaddr.IPv4.isValidFourPartDecimal(s)) return ipaddr.IPv4.parse(s).toString();
  if (!s.includes(':') || !ipaddr.IPv6.isValid(s)) return undefined;
  const v6 = ipaddr.IPv6.parse(s);
  return v6.isIPv4MappedAddress() ? v6.toIPv4Address().toString() : v6.toString();
});

/** `ipv4` or `ipv6` for a canonical address. */
export function familyOf(ip: string): 'ipv4' | 'ipv6' {
  return ip.includes(':') ? 'ipv6' : 'ipv4';
}

const DEFAULT_IPV6_SUBNET = 64;

/**
 * The address a limit counts by: IPv4 as is; IPv6 reduced to its subnet (default /64, what one host or
 * customer is usually given), so a client cannot get fresh buckets by walking its own prefix (case 20).
 */
export function clientKeyIp(ip: string, ipv6Subnet: number = DEFAULT_IPV6_SUBNET): string {
  if (!ip.includes(':') || ipv6Subnet >= 128) return ip;
  return subnetOf(`${ip}/${ipv6Subnet}`);
}

const subnetOf = memo((key: string): string => {
  const slash = key.lastIndexOf('/');
  const ip = key.slice(0, slash);
  const ipv6Subnet = Number(key.slice(slash + 1));
  let v6: ipaddr.IPv6;
  try {
    v6 = ipaddr.IPv6.parse(ip);
  } catch {
    return ip;
  }
  const bytes = v6.toByteArray();
  for (let bit = 0; bit < 128; bit += 8) {
    const i = bit / 8;
    if (bit >= ipv6Subnet) bytes[i] = 0;
    else if (bit + 8 > ipv6Subnet) bytes[i] = (bytes[i] as number) & (0xff << (8 - (ipv6Subnet - bit)));
  }
  return `${ipaddr.fromByteArray(bytes).toString()}/${ipv6Subnet}`;
});

/** A CIDR (or single address) from the policy, canonical, with an IPv4-mapped IPv6 range turned into IPv4. */
export function parseCidr(entry: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const slash = entry.indexOf('/');
  const addressPart = slash === -1 ? entry : entry.slice(0, slash);
  const prefixPart = slash === -1 ? undefined : entry.slice(slash + 1);
  if (prefixPart !== undefined && !/^[0-9]{1,3}$/.test(prefixPart)) return undefined;
  const trimmed = addressPart.trim();
  const isV4 = ipaddr.IPv4.isValidFourPartDecimal(trimmed);
  if (!isV4 && !(trimmed.includes(':') && ipaddr.IPv6.isValid(trimmed))) return undefined;
  const max = isV4 ? 32 : 128;
  const prefix = prefixPart === undefined ? max : Number(prefixPart);
  if (prefix > max) return undefined;
  if (!isV4) {
    const v6 = ipaddr.IPv6.parse(trimmed);
    if (v6.isIPv4MappedAddress() && prefix >= 96) return { address: v6.toIPv4Address().toString(), prefix: prefix - 96, family: 'ipv4' };
    return { address: v6.toString(), prefix, family: 'ipv6' };
  }
  return { address: ipaddr.IPv4.parse(trimmed).toString(), prefix, family: 'ipv4' };
}
