// CPU per request of the limits stage alone (memory store), in-process: robust on a loaded machine where
// req/s comparisons are noise. Compare with bare Express's CPU µs/req from run.js (`node bench/run.js`).
// `node bench/limits-stage.js [iterations]` after `npx turbo run build`.
import { createGate } from '@tollgate/core';

const N = Number(process.argv[2] ?? 300_000);
const policy = (limits) => ({ version: 1, defaults: { auth: false }, routes: [{ id: 'chat', auth: false, match: { path: '/v1/chat/completions' }, ...(limits ? { limits } : {}) }] });
const request = {
  method: 'POST',
  path: '/v1/chat/completions',
  query: '',
  header: () => undefined,
  remoteAddress: '10.0.0.1',
  encrypted: false,
  body: { kind: 'none' },
};
const principal = { id: 'bench', method: 'apiKey', roles: [], scopes: [] };

async function cpuPerCall(limits) {
  const gate = createGate({ policy: policy(limits) });
  const stage = gate.stage('rateLimit');
  const once = async () => {
    const ctx = gate.context(request);
    ctx.principal = principal;
    const d = await stage(ctx);
    if (!d.allowed) throw new Error('denied');
  };
  for (let i = 0; i < 20_000; i++) await once(); // warm-up (JIT)
  const before = process.cpuUsage();
  for (let i = 0; i < N; i++) await once();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / N;
}

const rounds = [];
for (let r = 0; r < 3; r++) {
  const none = await cpuPerCall(undefined);
  const one = await cpuPerCall([{ name: 'rpm', requests: 1e9, window: '1m' }]);
  const three = await cpuPerCall([
    { name: 'rpm', requests: 1e9, window: '1m' },
    { name: 'sliding', requests: 1e9, window: '1m', algorithm: 'sliding' },
    { name: 'bucket', requests: 1e9, window: '1m', algorithm: 'bucket' },
  ]);
  rounds.push({ none, one, three });
  console.log(`round ${r + 1}: context only ${none.toFixed(2)} µs; + 1 fixed limit ${(one - none).toFixed(2)} µs; + fixed, sliding, bucket ${(three - none).toFixed(2)} µs`);
}
const best = (k) => Math.min(...rounds.map((x) => x[k] - x.none));
console.log(`limits stage CPU per request (best of 3): 1 limit ${best('one').toFixed(2)} µs, 3 limits ${best('three').toFixed(2)} µs`);
