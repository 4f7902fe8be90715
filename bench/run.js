// Throughput of bare Express, Koa and Hono against the same apps behind Tollgate. See README.md.
//
// Each server runs in its own child process, pinned to the server CPU; the load generator (autocannon in this
// process, or wrk) has the other. Each cycle starts a fresh bare server and a fresh gated one, warms them and
// measures them: by default both at once on the one server CPU (BENCH_PAIRING=shared), so whatever the host
// does to that CPU's speed meanwhile happens to both; or one slice each, one after the other (alternate). On a
// shared host the same code's CPU cost per request drifts by 30-40% within a minute, and one process can stay
// faster than an identical one for its whole life, which comparisons across runs or processes mistake for
// Tollgate's cost.
import { closeSync, createReadStream, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { chatBody } from './payload.js';
import { AUTH_ONLY_MODES, GATED_AUDIT_MODES, HANDWRITTEN_MODES, MODES, PATH, RESULTS_DIR, auditFile } from './apps/shared.js';
import { BenchError, assertAll2xx, benchCredentials, checkServer, credentialFor, killAll, loadServer, startServer as startBenchServer } from './harness.js';
import { cpuPinning, pin } from './pinning.js';
import { geometricInterval, geometricMean, median, quantile, verdict } from './stats.js';
import { frameworkList, modeList, oneOf, optionalPositiveNumber, positiveInteger, positiveNumber } from './settings.js';
import { assertWrk, loadWithWrk } from './wrk.js';

const TARGETS = { express: 0.85, koa: 0.8, hono: 0.7 };
/** Authentication alone may cost at most 5% of the bare app's throughput. */
const AUTH_ONLY_TARGET = 0.95;
/** Issue #5: validation with both guards costs <= 10% of bare throughput on Express (no target set for the others). */
const VALIDATE_TARGETS = { express: 0.9 };

/** Settings from the environment, read once in main() so a bad value fails like any other bench error. */
let config;

function readConfig() {
  const cpus = cpuPinning(process.env.BENCH_CPUS);
  // Shared pairing puts both servers on one CPU, which needs taskset; without it the default is alternate.
  const pairing = process.env.BENCH_PAIRING ? oneOf('BENCH_PAIRING', ['shared', 'alternate']) : cpus ? 'shared' : 'alternate';
  return {
    pairing,
    // A shared slice is one measurement of both servers: longer, as it replaces a slice of each.
    sliceSeconds: positiveInteger('BENCH_SLICE', pairing === 'shared' ? 6 : 2),
    warmupSeconds: positiveNumber('BENCH_WARMUP', 5),
    cycles: positiveInteger('BENCH_CYCLES', 8),
    connections: positiveInteger('BENCH_CONNECTIONS', 50),
    // A pair during which other processes used more than this share of a core is left out of the ratios.
    maxOtherCpuPercent: positiveNumber('BENCH_MAX_OTHER_CPU', 25),
    pipelining: 1,
    frameworks: frameworkList(process.env.BENCH_FRAMEWORKS),
    // BENCH_LIMITS=1 adds a `nolimits` run (same policy, no limits): tollgate / nolimits is what counting costs.
    modes: [...new Set([...modeList(process.env.BENCH_MODES, ['bare', 'tollgate']), ...(process.env.BENCH_LIMITS === '1' ? ['tollgate', 'nolimits'] : [])])],
    // Profiles distort throughput; runs taken with them are marked in the output and JSON.
    profile: profileModes(process.env.BENCH_PROFILE),
    cpus,
    bodyKb: optionalPositiveNumber('BENCH_BODY_KB'),
    auditFormat: oneOf('BENCH_AUDIT_FORMAT', ['stream', 'tollgate', 'winston']),
    loadgen: oneOf('BENCH_LOADGEN', ['autocannon', 'wrk']),
  };
}

/** The request body every run sends (see payload.js); set once the configuration is read. */
let body;

async function main() {
  config = readConfig();
  body = chatBody(config.bodyKb);
  config.bodyBytes = Buffer.byteLength(body);
  if (config.loadgen === 'wrk') await assertWrk();
  const key = await benchCredentials();
  mkdirSync(RESULTS_DIR, { recursive: true });

  console.log(
    `Tollgate bench: ${config.frameworks.join(', ')} (${config.modes.join(', ')}); ${config.cycles} cycle(s) of ${config.sliceSeconds} s slices per mode ` +
      `after ${config.warmupSeconds} s warm-up; ${config.connections} connections, pipelining ${config.pipelining}, ${config.bodyBytes} B body, ` +
      `${config.auditFormat} audit format, ${config.loadgen}, ${config.pairing} pairing; node ${process.version}, ${availableParallelism()} CPU(s)`,
  );
  if (config.pairing === 'shared' && !config.cpus) {
    throw new BenchError('BENCH_PAIRING=shared puts both servers of a pair on one CPU and needs taskset (BENCH_CPUS); use BENCH_PAIRING=alternate without it');
  }
  if (availableParallelism() < 2) console.warn('warning: fewer than 2 CPUs: server and load generator share a core; ratios are unreliable.');
  if (config.profile.size > 0) console.warn(`warning: CPU profiling on for ${[...config.profile].join(', ')} servers: throughput is distorted.`);
  if (config.cpus) {
    pin(process.pid, config.cpus.loadgen);
    console.log(`CPUs pinned: servers on ${config.cpus.server}, load generator on ${config.cpus.loadgen} (BENCH_CPUS=off to let the OS place them)`);
  }

  const results = {};
  for (const framework of config.frameworks) results[framework] = summarise(framework, await measureFramework(framework, key));

  printTable(results);
  const file = join(RESULTS_DIR, 'latest.json');
  writeFileSync(file, JSON.stringify(report(results), null, 2) + '\n');
  console.log(`\nWrote ${file}`);
}

/**
 * Cycles of fresh server pairs: per gated mode, a bare server and a gated one are started, checked, warmed and
 * measured, then stopped. `shared` pairing loads both at once, each by its own load generator, with both
 * pinned to the one server CPU: the scheduler gives each half of it, and each one's CPU time per request is
 * measured over the same seconds, so the host's changing speed cancels out of their ratio. `alternate` warms
 * and measures one slice of each in turn. The pair starts bare first in odd cycles and gated first in even
 * ones. On this kind of VM a process keeps the speed it started with (two identical servers differ by up to
 * 25% measured one after the other), so each pair of processes is compared only with itself, and the cycles
 * average over many processes and both orders.
 */
async function measureFramework(framework, key) {
  const credential = (mode) => credentialFor(mode, key);
  const gatedModes = config.modes.filter((mode) => mode !== 'bare');
  const pairs = Object.fromEntries(gatedModes.map((mode) => [mode, []]));
  // Per mode, what its last server answered (warm-up included): divide that server's profile's totals by it.
  const answered = Object.fromEntries(config.modes.map((mode) => [mode, 0]));
  const audits = {};
  for (let cycle = 1; cycle <= config.cycles; cycle++) {
    const parts = [];
    for (const mode of cycle % 2 === 1 ? gatedModes : [...gatedModes].reverse()) {
      const order = cycle % 2 === 1 ? ['bare', mode] : [mode, 'bare'];
      const servers = {};
      try {
        for (const side of order) {
          servers[side] = await startServer(framework, side, key);
          await checkServer(servers[side], side, credential(side), body);
          answered[side] = 0;
        }
        // Both sides get the same request: a JWT makes the headers ~600 bytes longer than an API key.
        const warmups = config.pairing === 'shared'
          ? await Promise.all(order.map((side) => load(servers[side].port, credential(mode), config.warmupSeconds)))
          : await sequentially(order, (side) => load(servers[side].port, credential(mode), config.warmupSeconds));
        order.forEach((side, i) => {
          assertAll2xx(warmups[i], `${framework} ${side} warm-up`);
          answered[side] += warmups[i]['2xx'];
        });
        const pair = { cycle, bareFirst: order[0] === 'bare' };
        const slices = config.pairing === 'shared'
          ? await measureShared(order.map((side) => servers[side]), credential(mode), `${framework} ${mode} pair (with bare) cycle ${cycle}`)
          : await sequentially(order, (side) => measureOnce(servers[side], credential(mode), `${framework} ${side} cycle ${cycle}`));
        order.forEach((side, i) => {
          answered[side] += slices[i].requests2xx;
          pair[side === 'bare' ? 'bare' : 'gated'] = slices[i];
        });
        pair.noisy = pair.bare.otherCpuPercent > config.maxOtherCpuPercent || pair.gated.otherCpuPercent > config.maxOtherCpuPercent;
        pairs[mode].push(pair);
        for (const side of order) {
          const code = await servers[side].stop();
          if (code !== 0) throw new BenchError(`${framework} ${side} server exited with code ${code}`);
        }
        if (GATED_AUDIT_MODES.includes(mode)) audits[mode] = await checkAudit(framework, mode, answered[mode]);
        parts.push(
          config.pairing === 'shared'
            ? `${mode} ${fmt(pair.gated.cpuMicrosPerRequest, 1)} / bare ${fmt(pair.bare.cpuMicrosPerRequest, 1)} µs = ${fmt(pairRatio(pair), 3)}` +
                ` (req/s ${fmt(pair.gated.reqPerSec / pair.bare.reqPerSec, 3)})${pair.noisy ? ' noisy' : ''}`
            : `${mode} ${fmt(pair.gated.reqPerSec, 0)} / bare ${fmt(pair.bare.reqPerSec, 0)} = ${fmt(pairRatio(pair), 3)}` +
                ` (${fmt(pair.gated.cpuMicrosPerRequest, 0)} / ${fmt(pair.bare.cpuMicrosPerRequest, 0)} µs)${pair.noisy ? ' noisy' : ''}`,
        );
      } finally {
        await Promise.all(Object.values(servers).map((server) => server.stop()));
      }
    }
    console.log(`  ${framework.padEnd(7)} cycle ${String(cycle).padStart(2)}: ${parts.join('; ')}`);
  }
  return { pairs, answered, audits };
}

async function sequentially(items, fn) {
  const results = [];
  for (const item of items) results.push(await fn(item));
  return results;
}

function measureOnce(server, credential, what) {
  return measureShared([server], credential, what).then(([slice]) => slice);
}

/**
 * Loads the servers at once, each with its own load generator, for one slice, and reads each one's CPU time
 * around it. A server's slice reports the whole load generation and the rest of the machine, shared.
 */
async function measureShared(servers, credential, what) {
  const cpuBefore = await Promise.all(servers.map((server) => server.cpu()));
  const ownBefore = process.cpuUsage();
  const machineBefore = machineBusyMicros();
  const results = await Promise.all(servers.map((server) => load(server.port, credential, config.sliceSeconds)));
  const machineAfter = machineBusyMicros();
  const ownCpu = process.cpuUsage(ownBefore);
  const cpuAfter = await Promise.all(servers.map((server) => server.cpu()));
  results.forEach((result) => assertAll2xx(result, what));

  const cpuMicros = servers.map((_, i) => cpuAfter[i].usage.user + cpuAfter[i].usage.system - (cpuBefore[i].usage.user + cpuBefore[i].usage.system));
  const wallMicros = (Math.max(...cpuAfter.map((c) => c.at)) - Math.min(...cpuBefore.map((c) => c.at))) * 1000;
  // With wrk, the load generator is wrk's process; this one only waits for it.
  const ownMicros = ownCpu.user + ownCpu.system + results.reduce((sum, result) => sum + (result.loadgenCpuMicros ?? 0), 0);
  const serversMicros = cpuMicros.reduce((a, b) => a + b, 0);
  return results.map((result, i) => slice(result, cpuMicros[i], cpuAfter[i].rss, { wallMicros, ownMicros, serversMicros, machineBefore, machineAfter }));
}

function slice(result, cpuMicros, rss, { wallMicros, ownMicros, serversMicros, machineBefore, machineAfter }) {
  return {
    reqPerSec: result.requests.average,
    requests2xx: result['2xx'],
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    serverCpuPercent: (100 * cpuMicros) / wallMicros,
    // The load generator's share of a core: near 100% means it, not the server, set the pace.
    loadgenCpuPercent: (100 * ownMicros) / wallMicros,
    // Everything else the machine did meanwhile (other processes, hypervisor steal): the noise to watch.
    otherCpuPercent:
      machineBefore === undefined || machineAfter === undefined
        ? undefined
        : Math.max(0, (100 * (machineAfter - machineBefore - serversMicros - ownMicros)) / wallMicros),
    cpuMicrosPerRequest: cpuMicros / result['2xx'],
    serverRssMb: rss / 2 ** 20,
  };
}

function startServer(framework, mode, key) {
  const execArgv = [];
  if (config.profile.has(mode)) {
    const dir = join(RESULTS_DIR, 'profiles');
    mkdirSync(dir, { recursive: true });
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${framework}-${mode}.cpuprofile`);
  }
  return startBenchServer(framework, mode, key, { execArgv, onListening: config.cpus ? (pid) => pin(pid, config.cpus.server) : undefined });
}

function load(port, key, durationSeconds) {
  if (config.loadgen === 'wrk') return loadWithWrk(port, key, body, { connections: config.connections, duration: durationSeconds });
  return loadServer(port, key, body, { connections: config.connections, pipelining: config.pipelining, duration: durationSeconds });
}

/**
 * The gated numbers only mean something if every request was really audited: one JSON line per answered
 * request. Requests cut off when autocannon stops may add a few lines, never remove any.
 */
async function checkAudit(framework, mode, answered) {
  const file = auditFile(framework, mode);
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  if (lines < answered) throw new BenchError(`${framework} ${mode}: ${answered} requests answered but only ${lines} audit lines in ${file}`);
  return { file, lines, sample: JSON.parse(firstLine(file)) };
}

/** CPU time all cores spent busy since boot (Linux /proc/stat, in USER_HZ = 100 ticks/s); undefined elsewhere. */
function machineBusyMicros() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, , , irq, softirq, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) * 10_000;
  } catch {
    return undefined;
  }
}

function firstLine(file) {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16 * 1024);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.toString('utf8', 0, read);
    return text.slice(0, text.indexOf('\n'));
  } finally {
    closeSync(fd);
  }
}

/** The ratio a mode should reach, or undefined where none is set. */
function targetOf(framework, mode) {
  if (AUTH_ONLY_MODES.includes(mode)) return AUTH_ONLY_TARGET;
  if (mode === 'validate') return VALIDATE_TARGETS[framework];
  // `loaded` serves nothing of Tollgate's and the hand-written modes none of it: no target, they are there to
  // read the others against.
  return mode === 'loaded' || HANDWRITTEN_MODES.includes(mode) ? undefined : TARGETS[framework];
}

/**
 * What a pair says of the mode's throughput against bare. Alternate: req/s, measured seconds apart. Shared: the
 * two split one CPU, so each one's throughput on a core of its own is the inverse of its CPU time per request,
 * measured over the same seconds (req/s would also carry how evenly the scheduler split the CPU).
 */
function pairRatio(pair) {
  return config.pairing === 'shared' ? pair.bare.cpuMicrosPerRequest / pair.gated.cpuMicrosPerRequest : pair.gated.reqPerSec / pair.bare.reqPerSec;
}

/**
 * Per mode: its slices' medians, and against bare the geometric mean of the per-cycle ratios (the target applies
 * to it) with the quartiles, so a reader sees the spread as well as the middle. Pairs during which other
 * processes took more than BENCH_MAX_OTHER_CPU of a core are left out when enough quiet ones remain.
 */
function summarise(framework, { pairs, answered, audits }) {
  const summary = {};
  const bareSlices = [];
  for (const [mode, all] of Object.entries(pairs)) {
    const quiet = all.filter((pair) => !pair.noisy);
    const used = quiet.length >= Math.ceil(all.length / 2) ? quiet : all;
    bareSlices.push(...used.map((pair) => pair.bare));
    const ratios = used.map(pairRatio);
    const target = targetOf(framework, mode);
    // Geometric mean, not median: with both start orders equally represented, a factor that favours whichever
    // process went first cancels out of it; the median would pick one order's values.
    const ratio = geometricMean(ratios);
    const ratioInterval = geometricInterval(ratios);
    summary[mode] = {
      ...describe(used.map((pair) => pair.gated), answered[mode], config.profile.has(mode)),
      ...(audits[mode] ? { audit: audits[mode] } : {}),
      pairsUsed: used.length,
      pairsLeftOut: all.length - used.length,
      ratio,
      ratioQuartiles: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
      // 95% interval of the geometric mean: one run of 8 cycles pins it to about ±1.5 points, as wide as the
      // distance between a pass and a miss of a 0.95 target, so the verdict says when the run cannot tell.
      ratioInterval,
      // Server CPU per request, paired the same way: the throughput ratio a CPU-bound server on a core of its
      // own would show, and what Tollgate costs per request.
      cpuRatio: geometricMean(used.map((pair) => pair.bare.cpuMicrosPerRequest / pair.gated.cpuMicrosPerRequest)),
      reqPerSecRatio: geometricMean(used.map((pair) => pair.gated.reqPerSec / pair.bare.reqPerSec)),
      overheadMicrosPerRequest: median(used.map((pair) => pair.gated.cpuMicrosPerRequest - pair.bare.cpuMicrosPerRequest)),
      target,
      verdict: target === undefined ? undefined : verdict(ratioInterval, target),
      pairs: used,
    };
  }
  summary.bare = describe(bareSlices, answered.bare, config.profile.has('bare'));
  // The limits stage's share: the same gated app with and without its (memory) limits, cycle by cycle.
  if (pairs.nolimits && pairs.tollgate) {
    const cycles = pairs.tollgate.map((pair, i) => [pair.gated, pairs.nolimits[i].gated]);
    Object.assign(summary, {
      // Shared pairing: each gated slice shared its CPU with its own bare server, so compare CPU per request.
      limitsRatio: median(
        cycles.map(([withLimits, without]) =>
          config.pairing === 'shared' ? without.cpuMicrosPerRequest / withLimits.cpuMicrosPerRequest : withLimits.reqPerSec / without.reqPerSec,
        ),
      ),
      limitsMicrosPerRequest: median(cycles.map(([withLimits, without]) => withLimits.cpuMicrosPerRequest - without.cpuMicrosPerRequest)),
    });
  }
  return summary;
}

/** Medians of a mode's slices. */
function describe(slices, answered, profiled) {
  return {
    reqPerSec: median(slices.map((s) => s.reqPerSec)),
    p99Ms: median(slices.map((s) => s.p99Ms)),
    cpuMicrosPerRequest: median(slices.map((s) => s.cpuMicrosPerRequest)),
    serverCpuPercent: median(slices.map((s) => s.serverCpuPercent)),
    loadgenCpuPercent: median(slices.map((s) => s.loadgenCpuPercent)),
    answered,
    profiled,
  };
}

const VERDICTS =
  '95% interval: of the geometric mean, from the cycles\' spread. result: PASS when the whole interval meets the target, MISS when ' +
  'none of it does, NOISE when it straddles the target (this run cannot tell; more cycles narrow it).\n';

function printTable(results) {
  // The column beside the ratio shows the other measure: CPU time under alternate pairing, req/s under shared.
  const shared = config.pairing === 'shared';
  const header = ['framework', 'mode', 'req/s', 'p99 ms', 'CPU µs/req', 'ratio', 'quartiles', '95% interval', 'target', 'result', shared ? 'req/s ratio' : 'CPU ratio', '+µs/req'];
  const rows = [];
  for (const [framework, r] of Object.entries(results)) {
    for (const mode of config.modes) {
      const m = r[mode];
      const gated = mode !== 'bare';
      rows.push([
        framework,
        mode,
        fmt(m.reqPerSec, 0),
        fmt(m.p99Ms, 1),
        fmt(m.cpuMicrosPerRequest, 1),
        gated ? fmt(m.ratio, 3) : '',
        gated ? `${fmt(m.ratioQuartiles[0], 3)}-${fmt(m.ratioQuartiles[1], 3)}` : '',
        gated && m.ratioInterval ? `${fmt(m.ratioInterval[0], 3)}-${fmt(m.ratioInterval[1], 3)}` : '',
        gated && m.target !== undefined ? `>= ${m.target.toFixed(2)}` : '',
        gated && m.target !== undefined ? m.verdict : '',
        gated ? fmt(shared ? m.reqPerSecRatio : m.cpuRatio, 3) : '',
        gated ? fmt(m.overheadMicrosPerRequest, 1) : '',
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    config.pairing === 'shared'
      ? '\nratio = bare / mode server CPU µs per request, both servers of a fresh pair loaded at once on one CPU: the throughput ratio ' +
          'each would show on a core of its own; geometric mean over the cycles (the target applies to it), with the quartiles. ' +
          'req/s ratio = mode / bare req/s in the same pairs (each had about half a core); req/s and µs are medians.\n' + VERDICTS
      : '\nratio = mode req/s / bare req/s within the pair of fresh servers, geometric mean over the cycles (the target applies ' +
          'to it), with the quartiles; CPU ratio = bare / mode server CPU µs per request, paired the same way; req/s and µs are medians.\n' + VERDICTS,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));

  for (const [framework, r] of Object.entries(results)) {
    if (r.limitsRatio !== undefined) {
      console.log(
        `${framework}: limits (memory store) keep ${fmt(100 * r.limitsRatio, 1)}% of the throughput without them ` +
          `(${fmt(r.limitsMicrosPerRequest, 1)} µs CPU/req)`,
      );
    }
    for (const mode of config.modes.filter((m) => m !== 'bare' && r[m].pairsLeftOut > 0)) {
      console.warn(`note: ${framework} ${mode}: ${r[mode].pairsLeftOut} pair(s) left out: other processes used more than ${config.maxOtherCpuPercent}% of a core.`);
    }
    const { serverCpuPercent, loadgenCpuPercent } = r.bare;
    // Shared pairing: the bare server has half the server CPU, and the ratio is already one of CPU time.
    if (config.pairing === 'shared' ? serverCpuPercent < 42 || loadgenCpuPercent > 90 : serverCpuPercent < 85 || loadgenCpuPercent > 90) {
      console.warn(
        `warning: bare ${framework}: server at ${fmt(serverCpuPercent, 0)}% of a core, load generator at ${fmt(loadgenCpuPercent, 0)}%: ` +
          (config.pairing === 'shared'
            ? 'the load generator, not the servers, set the pace; CPU time per request still compares, but at a load below saturation.'
            : 'the server was not the bottleneck, so the req/s ratio is not a clean measure; compare the CPU ratio.'),
      );
    }
  }
}

function report(results) {
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpu: cpus()[0]?.model,
    cpus: availableParallelism(),
    config: { ...config, profile: [...config.profile], path: PATH, aggregate: config.pairing === 'shared' ? 'geometric mean over cycles of bare/mode CPU µs per request, both loaded at once on one CPU' : 'geometric mean over cycles of adjacent bare/mode slice pairs' },
    results,
  };
}

function fmt(value, digits) {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

function profileModes(raw) {
  if (!raw || raw === '0') return new Set();
  if (raw === '1' || raw === 'tollgate') return new Set(['tollgate']);
  if (raw === 'all') return new Set(MODES);
  // A comma list names the modes to profile, e.g. BENCH_PROFILE=bare,auth-key.
  const modes = raw.split(',').map((m) => m.trim());
  const unknown = modes.filter((m) => !MODES.includes(m));
  if (unknown.length > 0) throw new BenchError(`BENCH_PROFILE must be 1, all or a list of modes (${MODES.join(', ')}), got "${raw}"`);
  return new Set(modes);
}

try {
  await main();
} catch (err) {
  console.error(`\nbench failed: ${err instanceof BenchError ? err.message : err?.stack ?? err}`);
  process.exitCode = 1;
} finally {
  killAll();
}
