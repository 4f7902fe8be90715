// What a request costs the server in instructions and simulated cache misses, counted by valgrind's callgrind:
// the same apps and requests as run.js, but a count that does not depend on what else the machine is doing,
// so differences of a few percent that run.js's req/s cannot resolve on a shared VM show up. See README.md.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { availableParallelism, platform, release } from 'node:os';
import { join } from 'node:path';
import { chatBody } from './payload.js';
import { PATH, RESULTS_DIR } from './apps/shared.js';
import { BenchError, assertAll2xx, benchCredentials, checkServer, credentialFor, killAll, loadServer, startServer } from './harness.js';
import { CACHES, CYCLE_MODEL, EVENTS, NODE_FLAGS, callgrindLauncher, dump, estimatedCycles, instrumentation, readTotals, valgrindVersion } from './callgrind.js';
import { frameworkList, modeList, optionalPositiveNumber, positiveInteger, positiveNumber } from './settings.js';

const OUT_DIR = join(RESULTS_DIR, 'callgrind');
/**
 * The counted requests go out in this many runs, each dumped on its own: a mode whose cost per run differs
 * a lot pays for something in lumps bigger than a run (a major GC, a late compilation), and its total depends
 * on how many lumps fell inside; the table shows that spread.
 */
const CHUNKS = 5;
/**
 * Pause after each load before counting is switched on, dumped or off, so that the server has handled the
 * load generator's closing connections: every counted run then holds its own 8 connection set-ups and
 * tear-downs, never the warm-up's, however fast vgdb gets through.
 */
const QUIET_MS = 1000;
/**
 * Above this run spread (on either side) a comparison is marked unresolved: Express at 2,000 requests spread
 * 5-40% (a major GC every ~1,000 requests) and its auth-key ratio came out 0.99-1.03, against 0.95 at 10,000.
 */
const SPREAD_LIMIT = 0.05;

let config;
let body;

function readConfig() {
  const config = {
    frameworks: frameworkList(process.env.BENCH_FRAMEWORKS),
    modes: modeList(process.env.BENCH_MODES, ['bare', 'auth-key', 'auth-jwt', 'validate']),
    requests: positiveInteger('BENCH_REQUESTS', 2000),
    warmupRequests: positiveInteger('BENCH_WARMUP_REQUESTS', 25000),
    warmupSeconds: positiveNumber('BENCH_WARMUP_SECONDS', 70),
    connections: positiveInteger('BENCH_CONNECTIONS', 8),
    // Each server under valgrind keeps one CPU busy (valgrind runs one thread at a time); the counts do not
    // depend on how many run side by side, only the wall time does.
    jobs: positiveInteger('BENCH_JOBS', Math.min(2, availableParallelism())),
    bodyKb: optionalPositiveNumber('BENCH_BODY_KB'),
    // V8 writes a line per compiled function to /tmp/perf-<pid>.map, kept beside the callgrind files so that
    // functions.js can name the JIT code; off by default, as writing it is work the server does.
    jitNames: process.env.BENCH_JIT_NAMES === '1',
  };
  if (config.requests % CHUNKS !== 0 || config.requests / CHUNKS < config.connections) {
    throw new BenchError(`BENCH_REQUESTS must be a multiple of ${CHUNKS} and at least ${CHUNKS} x BENCH_CONNECTIONS (${CHUNKS * config.connections})`);
  }
  return config;
}

async function main() {
  config = readConfig();
  body = chatBody(config.bodyKb);
  const valgrind = await valgrindVersion();
  const key = await benchCredentials();
  mkdirSync(OUT_DIR, { recursive: true });
  console.log(
    `Tollgate instructions: ${config.frameworks.join(', ')} (${config.modes.join(', ')}) under ${valgrind} callgrind; ` +
      `${config.requests} counted requests per server (${CHUNKS} runs) after at least ${config.warmupRequests} uncounted ` +
      `and ${config.warmupSeconds} s; ${config.connections} connections, ` +
      `${Buffer.byteLength(body)} B body; ${config.jobs} server(s) at a time; node ${process.version} ${NODE_FLAGS.join(' ')}`,
  );

  const started = performance.now();
  const plans = config.frameworks.map((framework) => ({ framework, runs: plan(key) }));
  const tasks = plans.flatMap(({ framework, runs }) => runs.map((run) => async () => (run.result = await measure(framework, run, key))));
  await pool(tasks, config.jobs);
  const results = Object.fromEntries(plans.map(({ framework, runs }) => [framework, compare(runs)]));
  const minutes = (performance.now() - started) / 60_000;

  printTable(results);
  console.log(`\n${fmt(minutes, 1)} min; callgrind files in ${OUT_DIR} (callgrind_annotate <file>.1 lists a run's functions)`);
  const file = join(RESULTS_DIR, 'instructions.json');
  writeFileSync(file, JSON.stringify(report(results, valgrind, minutes), null, 2) + '\n');
  console.log(`Wrote ${file}`);
}

/**
 * One server per mode, and per credential a bare one: both sides of a comparison get the same request, and
 * auth-jwt's ~600-byte token costs the bare app header parsing too, so auth-jwt is compared with a bare
 * server sent the JWT (`bare-jwt`) and the other modes with one sent the API key.
 */
function plan(key) {
  const gated = config.modes.filter((mode) => mode !== 'bare');
  const baselineOf = (mode) => (credentialFor(mode, key) === key.jwt ? 'bare-jwt' : 'bare');
  const bare = [...new Set(gated.map(baselineOf))].map((name) => ({ name, mode: 'bare', jwt: name === 'bare-jwt' }));
  const runs = [...bare, ...gated.map((mode) => ({ name: mode, mode, jwt: baselineOf(mode) === 'bare-jwt', baseline: baselineOf(mode) }))];
  return runs.map((run) => ({ ...run, credential: run.jwt ? key.jwt : key.key }));
}

/** Runs `tasks` `size` at a time; after a failure none is started. */
async function pool(tasks, size) {
  const queue = [...tasks];
  let failed = false;
  const worker = async () => {
    while (queue.length > 0 && !failed) {
      try {
        await queue.shift()();
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker));
}

function compare(runs) {
  const byName = Object.fromEntries(runs.map((run) => [run.name, run]));
  return Object.fromEntries(
    runs.map(({ name, jwt, baseline, result }) => {
      const entry = { credential: jwt ? 'JWT' : 'API key', ...result };
      if (baseline) {
        const bare = byName[baseline].result.perRequest;
        const own = result.perRequest;
        Object.assign(entry, {
          baseline,
          cycleRatio: bare.cycles / own.cycles,
          instructionRatio: bare.Ir / own.Ir,
          addedInstructions: own.Ir - bare.Ir,
          addedCycles: own.cycles - bare.cycles,
          resolved: Math.max(result.chunkSpread, byName[baseline].result.chunkSpread) <= SPREAD_LIMIT,
        });
      }
      return [name, entry];
    }),
  );
}

/**
 * Start under callgrind (not counting), check, warm up, count exactly `requests` requests in CHUNKS runs,
 * stop. The counts cover every thread of the server (V8's compiler and GC helpers and libuv's pool included),
 * as CPU time would.
 *
 * The warm-up goes out in runs like the counted ones (a fresh autocannon, so fresh connections, of as many
 * requests). What only a new run does (new connections, the first requests on them) deoptimizes a few of
 * Node's HTTP functions, and their re-optimization, a few TurboFan compilations, costs as much as hundreds of
 * requests: warmed up in one long run, bare Koa counted ~300k Ir/req instead of ~170k, and varied by 10%.
 * It also lasts BENCH_WARMUP_SECONDS of wall time, whatever the request count: code that runs once a minute
 * (Tollgate writes a key's last-used time at most once a minute) runs for the first time a million requests
 * into a native server but ~20,000 into one under valgrind, and the first time, V8 throws away the optimized
 * key check and compiles it again (~20M instructions: 50k per request of a 400-request run).
 */
async function measure(framework, { name, mode, credential }, key) {
  const what = `${framework} ${name}`;
  const outFile = join(OUT_DIR, `${framework}-${name}.out`);
  const logFile = join(OUT_DIR, `${framework}-${name}.valgrind.log`);
  // Dumps go to <outFile>.1, .2, ...: a previous run's would be read as this one's.
  for (const file of readdirSync(OUT_DIR)) if (file.startsWith(`${framework}-${name}.`)) rmSync(join(OUT_DIR, file));
  const chunk = config.requests / CHUNKS;
  const started = performance.now();
  let warmup = 0;
  const execArgv = config.jitNames ? [...NODE_FLAGS, '--perf-basic-prof'] : NODE_FLAGS;
  const server = await startServer(framework, mode, key, { launcher: callgrindLauncher({ outFile, logFile }), execArgv, startSeconds: 300 });
  try {
    const warmUntil = performance.now() + config.warmupSeconds * 1000;
    await checkServer(server, mode, credential, body);
    while (warmup < config.warmupRequests || performance.now() < warmUntil) {
      exactly(await load(server.port, credential, chunk), chunk, `${what} warm-up`);
      warmup += chunk;
    }
    await sleep(QUIET_MS);
    await instrumentation(server.pid, 'on');
    for (let i = 1; i <= CHUNKS; i++) {
      exactly(await load(server.port, credential, chunk), chunk, what);
      await sleep(QUIET_MS);
      await dump(server.pid);
    }
    await instrumentation(server.pid, 'off');
    // The last part is written when the process exits, so a clean exit is part of the measurement.
    const code = await server.stop();
    if (code !== 0) throw new BenchError(`${what} server exited with code ${code} (valgrind log: ${logFile})`);
  } finally {
    await server.stop();
    if (config.jitNames) keepPerfMap(server.pid, join(OUT_DIR, `${framework}-${name}.map`));
  }

  const chunks = Array.from({ length: CHUNKS }, (_, i) => readTotals(`${outFile}.${i + 1}`));
  const totals = Object.fromEntries(EVENTS.map((e) => [e, chunks.reduce((sum, t) => sum + t[e], 0)]));
  if (chunks.some((t) => t.Ir === 0)) throw new BenchError(`${what}: callgrind counted nothing in a run; did callgrind_control reach pid ${server.pid}?`);
  const chunkIr = chunks.map((t) => t.Ir / chunk);
  const per = (value) => value / config.requests;
  const result = {
    requests: config.requests,
    warmupRequests: warmup,
    totals,
    perRequest: {
      Ir: per(totals.Ir),
      Dr: per(totals.Dr),
      Dw: per(totals.Dw),
      l1Misses: per(totals.I1mr + totals.D1mr + totals.D1mw),
      llMisses: per(totals.ILmr + totals.DLmr + totals.DLmw),
      cycles: per(estimatedCycles(totals)),
    },
    chunkInstructions: chunkIr,
    chunks,
    chunkSpread: (Math.max(...chunkIr) - Math.min(...chunkIr)) / per(totals.Ir),
    seconds: (performance.now() - started) / 1000,
    file: outFile,
  };
  console.log(
    `  ${framework.padEnd(7)} ${name.padEnd(9)} ${fmt(result.perRequest.Ir, 0).padStart(9)} Ir/req, ${fmt(result.perRequest.cycles, 0).padStart(9)} est. cycles/req; ` +
      `runs ${chunkIr.map((v) => fmt(v / 1000, 0) + 'k').join(' ')} (${fmt(result.seconds, 0)} s)`,
  );
  return result;
}

/** Moves V8's perf map (written under the server's pid: valgrind runs node in its own process) beside the counts. */
function keepPerfMap(pid, to) {
  const from = `/tmp/perf-${pid}.map`;
  if (!existsSync(from)) return void console.warn(`BENCH_JIT_NAMES=1 but ${from} was not written: JIT code stays unnamed`);
  copyFileSync(from, to);
  rmSync(from);
}

function load(port, credential, amount) {
  // Under callgrind a request takes milliseconds, and the first ones after switching counting on longer still
  // (valgrind re-translates all code then): autocannon's 10 s default timeout would count them as timeouts.
  return loadServer(port, credential, body, { connections: config.connections, amount, timeout: 120 });
}

/** Every request answered 2xx, and exactly as many as asked for: per-request figures divide by that number. */
function exactly(result, amount, what) {
  assertAll2xx(result, what);
  if (result['2xx'] !== amount) throw new BenchError(`${what}: ${result['2xx']} responses, expected ${amount}`);
}

function printTable(results) {
  const header = ['framework', 'mode', 'credential', 'Ir/req', 'run spread', 'L1 miss/req', 'LL miss/req', 'est. cycles/req', 'ratio', 'Ir ratio', '+Ir/req', '+cycles/req'];
  const rows = [];
  for (const [framework, runs] of Object.entries(results)) {
    for (const [name, r] of Object.entries(runs)) {
      const compared = r.baseline !== undefined;
      rows.push([
        framework,
        name,
        r.credential,
        fmt(r.perRequest.Ir, 0),
        `${fmt(100 * r.chunkSpread, 1)}%`,
        fmt(r.perRequest.l1Misses, 0),
        fmt(r.perRequest.llMisses, 1),
        fmt(r.perRequest.cycles, 0),
        compared ? fmt(r.cycleRatio, 3) + (r.resolved ? ' ' : '*') : '',
        compared ? fmt(r.instructionRatio, 3) + (r.resolved ? ' ' : '*') : '',
        compared ? fmt(r.addedInstructions, 0) : '',
        compared ? fmt(r.addedCycles, 0) : '',
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    `\nPer counted request, all server threads. est. cycles = ${CYCLE_MODEL}: cachegrind's classic rough model, on simulated ` +
      `caches (I1/D1 ${CACHES.I1}, LL ${CACHES.LL}), not this VM's. ratio = bare / mode est. cycles, read like run.js's ratio ` +
      `(0.95: the mode costs 5% more); Ir ratio the same for instructions alone; auth-jwt is compared with bare-jwt (bare sent ` +
      `the same JWT). run spread = (max - min) / mean of Ir/req over the ${CHUNKS} counted runs: above a few %, the mode pays in ` +
      'lumps (GC cycles, late compilations) longer than a run, and a larger BENCH_REQUESTS gives a steadier figure.\n',
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const unresolved = Object.entries(results).flatMap(([framework, runs]) =>
    Object.entries(runs)
      .filter(([, r]) => r.resolved === false)
      .map(([name]) => `${framework} ${name}`),
  );
  if (unresolved.length > 0) {
    console.warn(
      `\n* not resolved: ${unresolved.join(', ')}: a run spread above ${100 * SPREAD_LIMIT}% on one side or both, so the figures depend ` +
        'on how many lumps (major GCs, late compilations) fell among the counted requests. Count more requests for these and ' +
        'compare two runs (Express: BENCH_FRAMEWORKS=express BENCH_REQUESTS=10000 repeated its ratios within 0.002; see README.md).',
    );
  }
}

function report(results, valgrind, minutes) {
  return {
    date: new Date().toISOString(),
    node: process.version,
    nodeFlags: NODE_FLAGS,
    platform: `${platform()} ${release()}`,
    valgrind,
    minutes,
    config: { ...config, chunks: CHUNKS, path: PATH, bodyBytes: Buffer.byteLength(body), caches: CACHES, cycleModel: CYCLE_MODEL },
    results,
  };
}

function fmt(value, digits) {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '-';
}

try {
  await main();
} catch (err) {
  console.error(`\ninstructions failed: ${err instanceof BenchError ? err.message : err?.stack ?? err}`);
  killAll();
  // A server measured in parallel has just been killed; its load generator would keep this process alive.
  process.exit(1);
} finally {
  killAll();
}
