import { describe, expect, it } from 'vitest';
import type { GateRequest } from '../request.js';
import { canonicalIp, clientKeyIp, parseCidr } from './address.js';
import { memo } from './memo.js';
import { inList, prepareList } from './ip-rules.js';
import { hstsHeaders, requireHttpsCheck } from './transport.js';
import { compileTrustProxy, parseForwarded } from './trust-proxy.js';

function req(remoteAddress: string | undefined, headers: Record<string, string> = {}, encrypted = false): GateRequest {
  return { method: 'GET', path: '/x', query: 'a=1', header: (n) => headers[n], remoteAddress, encrypted, body: { kind: 'none' } };
}

describe('addresses', () => {
  it('canonicalises, strips ports and brackets, and reads IPv4-mapped IPv6 as IPv4', () => {
    expect(canonicalIp('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(canonicalIp('::ffff:a01:203')).toBe('10.1.2.3');
    expect(canonicalIp('0:0:0:0:0:ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(canonicalIp('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(canonicalIp('2001:0db8:0000::0001')).toBe('2001:db8::1');
    expect(canonicalIp('203.0.113.9:5678')).toBe('203.0.113.9');
    for (const bad of ['unknown', '_hidden', 'example.com', '0x7f.1', '2130706433', '1.2.3', '', '1.2.3.4.5', '010.0.0.1', '256.1.1.1', '::ffff:999.1.1.1']) {
      expect(canonicalIp(bad), bad).toBeUndefined();
    }
  });

  it('memoises per-address work within a bound', () => {
    let calls = 0;
    const upper = memo((s: string) => (calls++, s.toUpperCase()), 3);
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toBe(2);
    for (const k of ['c', 'd', 'e', 'f']) upper(k);
    expect(upper('f')).toBe('F');
    expect(calls).toBe(6);
  });

  it('keys IPv6 clients by subnet (default /64) and IPv4 clients by address', () => {
    expect(clientKeyIp('2001:db8:1:2:aaaa::1')).toBe(clientKeyIp('2001:db8:1:2:ffff::9'));
    expect(clientKeyIp('2001:db8:1:2::1')).not.toBe(clientKeyIp('2001:db8:1:3::1'));
    expect(clientKeyIp('2001:db8:1:2::1', 48)).toBe(clientKeyIp('2001:db8:1:3::1', 48));
    expect(clientKeyIp('2001:db8:1:2::1', 56)).toBe('2001:db8:1::/56');
    expect(clientKeyIp('2001:db8:1:2::1', 60)).toBe('2001:db8:1::/60');
    expect(clientKeyIp('2001:db8:1:12::1', 60)).toBe('2001:db8:1:10::/60');
    expect(clientKeyIp('10.0.0.1')).toBe('10.0.0.1');
  });

  it('parses CIDRs and turns IPv4-mapped ranges into IPv4 ones', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({ address: '10.0.0.0', prefix: 8, family: 'ipv4' });
    expect(parseCidr('::ffff:10.0.0.0/104')).toEqual({ address: '10.0.0.0', prefix: 8, family: 'ipv4' });
    expect(parseCidr('2001:db8::/32')).toEqual({ address: '2001:db8::', prefix: 32, family: 'ipv6' });
    for (const bad of ['10.0.0.0/33', '10.0.0.0/x', 'host', '::/129']) expect(parseCidr(bad), bad).toBeUndefined();
  });
});

describe('IP lists', () => {
  it('match IPv4 and IPv6 CIDRs and named ranges', () => {
    const list = prepareList(['192.0.2.0/24', '2001:db8::/32', 'loopback'], 'test');
    expect(inList(list, '192.0.2.77')).toBe(true);
    expect(inList(list, '192.0.3.1')).toBe(false);
    expect(inList(list, '2001:db8:ffff::1')).toBe(true);
    expect(inList(list, '127.0.0.1')).toBe(true);
    expect(inList(list, '::1')).toBe(true);
    expect(list.everything).toBe(false);
    expect(prepareList(['0.0.0.0/0'], 'test').everything).toBe(true);
  });

  it('refuse a malformed entry at start-up with TG_NETWORK_INVALID', () => {
    expect(() => prepareList(['10.0.0.0/40'], 'network.deny')).toThrow(/TG_NETWORK_INVALID: network.deny: "10.0.0.0\/40" is not an IP address/);
  });
});

describe('trusted proxies', () => {
  it('ignore forwarding headers from an untrusted peer', () => {
    const none = compileTrustProxy(undefined, 'network');
    expect(none.resolve(req('198.51.100.7', { 'x-forwarded-for': '1.2.3.4', 'x-forwarded-proto': 'https' }))).toEqual({ ip: '198.51.100.7', secure: false });
    const cidr = compileTrustProxy(['10.0.0.0/8'], 'network');
    expect(cidr.resolve(req('198.51.100.7', { 'x-forwarded-for': '1.2.3.4' })).ip).toBe('198.51.100.7');
  });

  it('with one trusted hop, `spoof, real` resolves to real', () => {
    const hop = compileTrustProxy(1, 'network');
    expect(hop.resolve(req('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 203.0.113.5' })).ip).toBe('203.0.113.5');
    const cidr = compileTrustProxy('10.0.0.0/8', 'network');
    expect(cidr.resolve(req('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 203.0.113.5' })).ip).toBe('203.0.113.5');
    // Two trusted proxies in a row are both skipped.
    expect(cidr.resolve(req('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 203.0.113.5, 10.9.9.9' })).ip).toBe('203.0.113.5');
  });

  it('reads RFC 7239 Forwarded, quoted IPv6 with ports included, before X-Forwarded-For', () => {
    expect(parseForwarded('for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:db8:cafe::17]:4711";proto=https')).toEqual([
      { for: '192.0.2.60', proto: 'http' },
      { for: '[2001:db8:cafe::17]:4711', proto: 'https' },
    ]);
    const hop = compileTrustProxy(1, 'network');
    const origin = hop.resolve(req('10.0.0.2', { forwarded: 'for=6.6.6.6, for="[2001:db8:cafe::17]:4711";proto=https', 'x-forwarded-for': '9.9.9.9' }));
    expect(origin).toEqual({ ip: '2001:db8:cafe::17', secure: true });
  });

  it('believe X-Forwarded-Proto only from a trusted proxy', () => {
    const trusted = compileTrustProxy('loopback', 'network');
    expect(trusted.resolve(req('127.0.0.1', { 'x-forwarded-proto': 'https' })).secure).toBe(true);
    expect(trusted.resolve(req('127.0.0.1', { 'x-forwarded-for': '203.0.113.5', 'x-forwarded-proto': 'https' }))).toEqual({ ip: '203.0.113.5', secure: true });
    expect(trusted.resolve(req('192.0.2.1', { 'x-forwarded-proto': 'https' })).secure).toBe(false);
    expect(trusted.resolve(req('192.0.2.1', {}, true)).secure).toBe(true);
  });

  it('stop at garbage in the chain instead of trusting it', () => {
    const all = compileTrustProxy(true, 'network');
    expect(all.permissive).toBe(true);
    expect(all.resolve(req('10.0.0.2', { 'x-forwarded-for': '203.0.113.5, not-an-ip' })).ip).toBe('10.0.0.2');
    expect(compileTrustProxy(['::/0'], 'network').permissive).toBe(true);
  });
});

describe('transport', () => {
  it('builds the HSTS header once', () => {
    expect(hstsHeaders(true)).toEqual({ 'strict-transport-security': 'max-age=31536000' });
    expect(hstsHeaders({ maxAge: '1d', includeSubDomains: true, preload: true })).toEqual({
      'strict-transport-security': 'max-age=86400; includeSubDomains; preload',
    });
    expect(hstsHeaders(false)).toBeUndefined();
  });

  it('rejects or redirects plain HTTP, and never redirects to a crafted host', () => {
    const reject = requireHttpsCheck({ rejectStatus: 400 });
    expect(reject?.(req('1.1.1.1'), 'r1')).toMatchObject({ status: 400, problem: { code: 'TG_HTTPS_REQUIRED' } });
    const redirect = requireHttpsCheck({ action: 'redirect' });
    expect(redirect?.(req('1.1.1.1', { host: 'api.example.com:8080' }), 'r2')).toMatchObject({
      status: 308,
      headers: { location: 'https://api.example.com/x?a=1' },
      problem: { code: 'TG_HTTPS_REDIRECT' },
    });
    expect(redirect?.(req('1.1.1.1', { host: 'evil.com/@x' }), 'r3')).toMatchObject({ status: 403, problem: { code: 'TG_HTTPS_REQUIRED' } });
    const fixed = requireHttpsCheck({ action: 'redirect', redirectHost: 'api.example.com' });
    expect(fixed?.(req('1.1.1.1', { host: 'evil.com' }), 'r4').headers['location']).toBe('https://api.example.com/x?a=1');
  });
});
