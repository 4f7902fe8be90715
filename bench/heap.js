// The heap each bench server keeps alive once it has served requests: full GCs, then heapUsed. A bigger
// retained heap makes every major GC dearer, and Express, which gives every request hidden classes of its
// own (old-space allocations), runs one every ~1,000 requests; see README.md.
//
//   node bench/heap.js                      # express, koa, hono x bare, auth-key, auth-jwt, validate
import { chatBody } from './payload.js';
import { BenchError, assertAll2xx, benchCredentials, checkServer, credentialFor, loadServer, runMain, startServer } from './harness.js';
import { frameworkList, modeList, positiveInteger } from './settings.js';

const config = {
  frameworks: frameworkList(process.env.BENCH_FRAMEWORKS),
  modes: modeList(process.env.BENCH_MODES, ['bare', 'auth-key', 'auth-jwt', 'validate']),
  requests: positiveInteger('BENCH_REQUESTS', 5000),
};

async function main() {
  const key = await benchCredentials();
  const body = chatBody();
  console.log(`Retained heap after ${config.requests} requests and full GCs (MB; node ${process.version})`);
  for (const framework of config.frameworks) {
    const row = [];
    for (const mode of config.modes) {
      const credential = credentialFor(mode, key);
      const server = await startServer(framework, mode, key, { execArgv: ['--expose-gc'] });
      try {
        await checkServer(server, mode, credential, body);
        const result = await loadServer(server.port, credential, body, { connections: 8, amount: config.requests });
        assertAll2xx(result, `${framework} ${mode}`);
        const { heapUsed, collected } = await server.heap();
        if (!collected) throw new BenchError('the server did not run with --expose-gc');
        row.push(`${mode} ${(heapUsed / 1e6).toFixed(2)}`);
      } finally {
        await server.stop();
      }
    }
    console.log(`  ${framework.padEnd(8)} ${row.join('   ')}`);
  }
}

await runMain('heap', main);
