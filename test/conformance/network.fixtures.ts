import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileKeyAdmin, RedisKeyAdmin, type KeyAdmin, type NetworkPolicy, type PolicyDocument } from '@tollgate/core';
import { conformancePolicy } from './fixtures.js';

/** Plain keys made through the stores' own admin (as `tollgate keys` does); only hashes are stored. */
export interface StoreKeys {
  good: string;
  revoked: string;
  expired: string;
  rotatedOld: string;
  rotatedNew: string;
}

export const REDIS_URL = 'redis://127.0.0.1:6379';
export const redisPrefix = `tg-test-${randomUUID()}:`;
export const keyFile = join(mkdtempSync(join(tmpdir(), 'tg-conf-keys-')), 'keys.json');

async function fill(admin: KeyAdmin): Promise<StoreKeys> {
  const good = await admin.create({ env: 'test', principal: 'carol', tenant: 'acme', models: ['gpt-4o-mini'] });
  const revoked = await admin.create({ env: 'test', principal: 'mallory' });
  await admin.revoke(revoked.record.id);
  const expired = await admin.create({ env: 'test', principal: 'trudy', expiresAt: '2020-01-01T00:00:00Z' });
  const old = await admin.create({ env: 'test', principal: 'dave' });
  const rotated = await admin.rotate(old.record.id, 3600, 'test');
  await admin.close();
  return { good: good.key, revoked: revoked.key, expired: expired.key, rotatedOld: old.key, rotatedNew: rotated.key };
}

export const storeKeys: { file?: StoreKeys; redis?: StoreKeys } = {};

export async function prepareStores(): Promise<void> {
  storeKeys.file = await fill(new FileKeyAdmin(keyFile));
  storeKeys.redis = await fill(new RedisKeyAdmin(REDIS_URL, redisPrefix));
}

export type NetPolicyName = keyof typeof netPolicies;

/** The shared conformance policy with another key source or a `network` section. */
const withNetwork = (network: NetworkPolicy): PolicyDocument => {
  const doc = conformancePolicy();
  // Limits by client address, so rows can see which bucket a request landed in.
  const chat = doc.routes?.find((r) => r.id === 'chat');
  if (chat) chat.limits = [{ name: 'ipm', requests: 2, window: '1m', by: ['ip'] }];
  return { ...doc, network };
};

export const netPolicies = {
  keysFile: (): PolicyDocument => ({ ...conformancePolicy(), keys: { file: keyFile } }),
  keysRedis: (): PolicyDocument => ({ ...conformancePolicy(), keys: { redis: { url: REDIS_URL, prefix: redisPrefix, cacheTtl: '1s' } } }),
  /** The test client connects from 127.0.0.1, which this does not trust. */
  untrustedPeer: () => withNetwork({ trustProxy: ['10.0.0.0/8'] }),
  oneHop: () => withNetwork({ trustProxy: 1 }),
  loopbackProxy: () => withNetwork({ trustProxy: 'loopback', deny: ['10.9.0.0/16', '2001:db8:dead::/48'] }),
  subnet56: () => withNetwork({ trustProxy: 'loopback', ipv6Subnet: 56 }),
  bothLists: () => withNetwork({ trustProxy: 'loopback', allow: ['203.0.113.0/24'], deny: ['203.0.113.7'] }),
  selfInBoth: () => withNetwork({ allow: ['127.0.0.1'], deny: ['127.0.0.0/8'] }),
  httpsReject: () => withNetwork({ requireHttps: true, hsts: true }),
  httpsRedirect: () => withNetwork({ requireHttps: { action: 'redirect' } }),
  httpsBehindProxy: () => withNetwork({ trustProxy: 'loopback', requireHttps: true, hsts: { maxAge: '1d', includeSubDomains: true } }),
  authFailures: () => withNetwork({ authFailureLimit: { attempts: 2, window: '1m' } }),
  /** Policy-wide: deny one range; per route: /health only from 10/8, /v1/models only over HTTPS. */
  perRoute: (): PolicyDocument => {
    const doc = withNetwork({ deny: ['192.0.2.0/24'] });
    for (const route of doc.routes ?? []) {
      if (route.id === 'health') route.network = { allow: ['10.0.0.0/8'] };
      if (route.id === 'models') route.network = { requireHttps: true };
    }
    return doc;
  },
};
