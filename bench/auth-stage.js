// The auth stage's own cost per request, in process: no HTTP, no framework, so the machine's noise (which
// swamps a few microseconds in run.js on a busy 2-core box) mostly cancels. Variants are interleaved and the
// fastest of several passes is kept. `node bench/auth-stage.js [passes]` after building the packages.
import { generateKeyPairSync, sign } from 'node:crypto';
import { createGate, generateApiKey } from '@tollgate/core';

const passes = Number(process.argv[2] ?? 5);
const N = 100_000;
const key = generateApiKey({ env: 'test' });
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const input = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ sub: 'bench', iss: 'https://idp', aud: 'api', iat: now, exp: now + 3600 })}`;
const token = `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;

const gate = (methods) =>
  createGate({
    policy: {
      version: 1,
      keys: { inline: [{ id: key.id, hash: key.hash, principal: 'bench' }] },
      jwt: { algorithms: ['RS256'], publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString(), issuer: 'https://idp', audience: 'api' },
      defaults: { auth: methods ? { methods } : false },
    },
  });
const request = (credential) => {
  const headers = { authorization: `Bearer ${credential}`, 'content-type': 'application/json' };
  return { method: 'POST', path: '/v1/chat/completions', query: '', header: (n) => headers[n], remoteAddress: '127.0.0.1', encrypted: false, body: { kind: 'none' } };
};

const variants = [
  // What every adapter does per request anyway (context, request id): the baseline the others add to.
  { name: 'context only', gate: gate(['apiKey']), credential: key.key, stage: false },
  // A stage with nothing to do (auth: false): the gate's own per-stage cost (route match, promise hops).
  { name: 'stage with auth: false', gate: gate(null), credential: key.key, stage: true },
  { name: 'auth: API key', gate: gate(['apiKey']), credential: key.key, stage: true },
  { name: 'auth: JWT (cached)', gate: gate(['jwt']), credential: token, stage: true },
  { name: 'auth: apiKey|jwt, JWT (cached)', gate: gate(['apiKey', 'jwt']), credential: token, stage: true },
].map((v) => ({ ...v, run: v.gate.stage('auth'), req: request(v.credential), best: Infinity }));

async function pass(v) {
  const start = performance.now();
  for (let i = 0; i < N; i++) {
    const ctx = v.gate.context(v.req);
    if (v.stage) {
      // Awaited only when the stage went async: an await per request would cost more than the stage.
      let decision = v.run(ctx);
      if (decision instanceof Promise) decision = await decision;
      if (!decision.allowed) throw new Error(`${v.name}: ${decision.problem.detail}`);
    }
  }
  return ((performance.now() - start) * 1000) / N;
}

for (const v of variants) await pass(v); // warm-up
for (let p = 0; p < passes; p++) for (const v of variants) v.best = Math.min(v.best, await pass(v));
const base = variants[0].best;
for (const v of variants) {
  console.log(`${v.name.padEnd(32)} ${v.best.toFixed(2).padStart(6)} µs/req${v.stage ? `   (+${(v.best - base).toFixed(2)} µs over the context)` : ''}`);
}
