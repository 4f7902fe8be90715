import { BlockList } from 'node:net';
import { TollgateConfigError } from '../errors.js';
import { familyOf, parseCidr } from './address.js';
import { memo } from './memo.js';

/** Named ranges accepted wherever a CIDR list is (as in Express's `trust proxy`). */
export const NAMED_RANGES: Readonly<Record<string, readonly string[]>> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

export interface PreparedList {
  readonly list: BlockList;
  /** `list.check` memoised per address: BlockList builds a SocketAddress per string check. */
  readonly has: (ip: string) => boolean;
  /** Whether some entry covers every address of a family (`0.0.0.0/0`, `::/0`). */
  readonly everything: boolean;
}

/** Builds a BlockList once at start-up; a malformed entry is a `TG_NETWORK_INVALID` config error naming it. */
export function prepareList(entries: readonly string[], where: string): PreparedList {
  const list = new BlockList();
  let everything = false;
  for (const raw of entries) {
    for (const entry of NAMED_RANGES[raw.trim().toLowerCase()] ?? [raw]) {
      const cidr = parseCidr(entry);
      if (!cidr) {
        throw new TollgateConfigError(
          'TG_NETWORK_INVALID',
          `"${entry}" is not an IP address or CIDR range; write e.g. 10.0.0.0/8, 2001:db8::/32 or one of ${Object.keys(NAMED_RANGES).join(', ')}.`,
          where,
        );
      }
      if (cidr.prefix === 0) everything = true;
      list.addSubnet(cidr.address, cidr.prefix, cidr.family);
    }
  }
  return { list, everything, has: memo((ip) => list.check(ip, familyOf(ip))) };
}

/** Whether a canonical address (see canonicalIp) is in the list. */
export function inList(prepared: PreparedList, ip: string): boolean {
  return prepared.has(ip);
}
