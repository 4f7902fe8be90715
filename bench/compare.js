// Did a change make a mode faster or slower? Serves the same mode from two checkouts, this one and
// BENCH_BASELINE (another checkout or git worktree with its packages built), in fresh pairs loaded at once on one
// CPU, and reports the ratio of their CPU time per request. See README.md, "Comparing two builds".
//
//   git worktree add /tmp/tg-base main && (cd /tmp/tg-base && npm ci && npm run build)
//   BENCH_BASELINE=/tmp/tg-base BENCH_FRAMEWORKS=koa BENCH_MODES=auth-key node bench/compare.js
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chatBody } from './payload.js';
import { BenchError, assertAll2xx, benchCredentials, checkServer, credentialFor, loadServer, runMain, startServer } from './harness.js';
import { GATED_AUDIT_MODES } from './apps/shared.js';
import { cpuPinning, pin } from './pinning.js';
import { geometricMean, standardErrorOfLogs } from './stats.js';
import { frameworkList, modeList, oneOf, positiveInteger, positiveNumber } from './settings.js';
import { assertWrk, loadWithWrk } from './wrk.js';

/** Settings, read in main() so a bad value fails like any other bench error. */
let config;
const readConfig = () => ({
  // npm runs scripts in bench/; INIT_CWD is where it was called from, which a relative path means.
  baseline: process.env.BENCH_BASELINE && resolve(process.env.INIT_CWD ?? process.cwd(), process.env.BENCH_BASELINE),
  frameworks: frameworkList(process.env.BENCH_FRAMEWORKS),
  modes: modeList(process.env.BENCH_MODES, ['auth-key'], { againstBare: false }),
  pairs: positiveInteger('BENCH_PAIRS', 8),
  warmupSeconds: positiveNumber('BENCH_WARMUP', 5),
  slices: positiveInteger('BENCH_SLICES', 3),
  sliceSeconds: positiveInteger('BENCH_SLICE', 3),
  connections: positiveInteger('BENCH_CONNECTIONS', 50),
  loadgen: oneOf('BENCH_LOADGEN', ['autocannon', 'wrk']),
  cpus: cpuPinning(),
});
const body = chatBody();
const HERE = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** The baseline checkout's harness, whose children it must stop too. */
let baselineHarness;

async function main() {
  config = readConfig();
  if (!config.baseline) throw new BenchError('set BENCH_BASELINE to the checkout to compare with (its packages built; BENCH_BASELINE=. compares this one with itself)');
  // The checkout, or its bench/ folder (BENCH_BASELINE=. run from bench/).
  if (!existsSync(join(config.baseline, 'bench', 'harness.js')) && existsSync(join(config.baseline, 'harness.js'))) config.baseline = dirname(config.baseline);
  const harnessFile = join(config.baseline, 'bench', 'harness.js');
  if (!existsSync(harnessFile)) throw new BenchError(`${harnessFile} does not exist: BENCH_BASELINE must be a Tollgate checkout`);
  if (!config.cpus) throw new BenchError('compare.js puts both servers on one CPU and needs taskset (BENCH_CPUS)');
  if (config.baseline === HERE && config.modes.some((mode) => GATED_AUDIT_MODES.includes(mode))) {
    throw new BenchError(`modes ${GATED_AUDIT_MODES.join(', ')} write an audit file per checkout: compare them with another checkout, not this one`);
  }
  if (config.loadgen === 'wrk') await assertWrk();
  baselineHarness = await import(pathToFileURL(harnessFile).href);
  const startBaseline = baselineHarness.startServer;
  pin(process.pid, config.cpus.loadgen);
  const key = await benchCredentials();
  console.log(
    `compare: ${config.frameworks.join(', ')} (${config.modes.join(', ')}), this checkout against ${config.baseline}; ${config.pairs} pairs, ` +
      `${config.warmupSeconds} s warm-up, ${config.slices} x ${config.sliceSeconds} s, ${config.connections} connections, ${config.loadgen}; servers on CPU ${config.cpus.server}`,
  );
  const onListening = (pid) => pin(pid, config.cpus.server);
  const start = {
    baseline: (framework, mode) => startBaseline(framework, mode, key, { onListening }),
    current: (framework, mode) => startServer(framework, mode, key, { onListening }),
  };
  for (const framework of config.frameworks) {
    for (const mode of config.modes) {
      const ratios = [];
      for (let i = 0; i < config.pairs; i++) {
        // Start order alternates: on this kind of VM the order alone can favour one process of a pair.
        const order = i % 2 === 0 ? ['baseline', 'current'] : ['current', 'baseline'];
        const servers = {};
        try {
          for (const side of order) {
            servers[side] = await start[side](framework, mode);
            await checkServer(servers[side], mode, credentialFor(mode, key), body);
          }
          const [baseline, current] = await measurePair([servers.baseline, servers.current], credentialFor(mode, key), `${framework} ${mode} pair ${i + 1}`);
          const ratio = baseline / current;
          ratios.push(ratio);
          console.log(`  ${framework} ${mode} pair ${String(i + 1).padStart(2)} (${order[0]} started first): baseline ${baseline.toFixed(1)} µs, this ${current.toFixed(1)} µs per request = ${ratio.toFixed(3)}`);
          for (const side of order) {
            const code = await servers[side].stop();
            if (code !== 0) throw new BenchError(`${framework} ${mode}: the ${side} server exited with code ${code}`);
          }
        } finally {
          await Promise.all(Object.values(servers).map((server) => server.stop()));
        }
      }
      const mean = geometricMean(ratios);
      const sorted = [...ratios].sort((a, b) => a - b);
      console.log(
        `${framework} ${mode}: this checkout takes ${fmtPercent(1 / mean - 1)} CPU per request against the baseline ` +
          `(baseline / this = ${mean.toFixed(3)}, pairs ${sorted[0].toFixed(3)}-${sorted.at(-1).toFixed(3)}, ` +
          (ratios.length > 1 ? `±${(100 * standardErrorOfLogs(ratios)).toFixed(1)}% standard error)` : 'one pair: no error estimate)'),
      );
    }
  }
}

/** Warms both servers, then loads them at once for the slices; each one's CPU µs per answered request. */
async function measurePair(servers, credential, what) {
  const load = (server, seconds) =>
    config.loadgen === 'wrk'
      ? loadWithWrk(server.port, credential, body, { connections: config.connections, duration: seconds })
      : loadServer(server.port, credential, body, { connections: config.connections, duration: seconds });
  const warmups = await Promise.all(servers.map((server) => load(server, config.warmupSeconds)));
  warmups.forEach((result) => assertAll2xx(result, `${what} warm-up`));
  const before = await Promise.all(servers.map((server) => server.cpu()));
  const answered = servers.map(() => 0);
  for (let s = 0; s < config.slices; s++) {
    const results = await Promise.all(servers.map((server) => load(server, config.sliceSeconds)));
    results.forEach((result, i) => {
      assertAll2xx(result, what);
      answered[i] += result['2xx'];
    });
  }
  const after = await Promise.all(servers.map((server) => server.cpu()));
  return servers.map((_, i) => (after[i].usage.user + after[i].usage.system - before[i].usage.user - before[i].usage.system) / answered[i]);
}

function fmtPercent(fraction) {
  return `${fraction >= 0 ? '+' : ''}${(100 * fraction).toFixed(1)}%`;
}

await runMain('compare.js', () =>
  main().finally(() => {
    // runMain stops this harness's servers; the baseline's harness keeps its own list.
    baselineHarness?.killAll?.();
  }),
);
