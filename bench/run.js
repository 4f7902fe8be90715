// Throughput of bare Express, Koa and Hono against the same apps behind Tollgate. See README.md.
//
// Each server runs in its own child process, one at a time, so on a 2-core machine the server and the
// load generator (autocannon, in this process) each get a core. Bare and tollgate runs alternate, so slow
// drift in the machine (thermal, noisy neighbours) hits both modes alike.
import { fork } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { once } from 'node:events';
import { closeSync, createReadStream, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { CHAT_REQUEST, chatBody } from './payload.js';
import { AUTH_ONLY_MODES, BENCH_JWT_AUDIENCE, BENCH_JWT_ISSUER, MODES, PATH, RESULTS_DIR, auditFile } from './apps/shared.js';

const FRAMEWORKS = ['express', 'koa', 'hono'];
const TARGETS = { express: 0.85, koa: 0.8, hono: 0.7 };
/** Authentication alone may cost at most 5% of the bare app's throughput. */
const AUTH_ONLY_TARGET = 0.95;
/** Issue #5: validation with both guards costs <= 10% of bare throughput on Express (no target set for the others). */
const VALIDATE_TARGETS = { express: 0.9 };

class BenchError extends Error {}

/** Settings from the environment, read once in main() so a bad value fails like any other bench error. */
let config;

function readConfig() {
  return {
    durationSeconds: positiveNumber('BENCH_DURATION', 10),
    warmupSeconds: positiveNumber('BENCH_WARMUP', 2),
    rounds: positiveInteger('BENCH_ROUNDS', 2),
    connections: positiveInteger('BENCH_CONNECTIONS', 50),
    // A run during which other processes used more than this share of a core is measured again.
    maxOtherCpuPercent: positiveNumber('BENCH_MAX_OTHER_CPU', 25),
    attempts: positiveInteger('BENCH_ATTEMPTS', 3),
    pipelining: 1,
    frameworks: frameworkList(process.env.BENCH_FRAMEWORKS),
    // BENCH_LIMITS=1 adds a `nolimits` run (same policy, no limits): tollgate / nolimits is what counting costs.
    modes: [...new Set([...modeList(process.env.BENCH_MODES), ...(process.env.BENCH_LIMITS === '1' ? ['tollgate', 'nolimits'] : [])])],
    // Profiles distort throughput; runs taken with them are marked in the output and JSON.
    profile: profileModes(process.env.BENCH_PROFILE),
    bodyKb: optionalPositiveNumber('BENCH_BODY_KB'),
    auditFormat: oneOf('BENCH_AUDIT_FORMAT', ['stream', 'tollgate', 'winston']),
  };
}

const children = new Set();

/** The request body every run sends (see payload.js); set once the configuration is read. */
let body;

async function main() {
  config = readConfig();
  body = chatBody(config.bodyKb);
  config.bodyBytes = Buffer.byteLength(body);
  const { generateApiKey } = await importCore();
  const key = { ...generateApiKey({ env: 'test' }), ...benchJwt() };
  mkdirSync(RESULTS_DIR, { recursive: true });

  console.log(
    `Tollgate bench: ${config.frameworks.join(', ')} (${config.modes.join(', ')}); ${config.rounds} round(s) of ${config.durationSeconds} s after ${config.warmupSeconds} s warm-up; ` +
      `${config.connections} connections, pipelining ${config.pipelining}, ${config.bodyBytes} B body, ${config.auditFormat} audit format; ` +
      `node ${process.version}, ${availableParallelism()} CPU(s)`,
  );
  if (availableParallelism() < 2) console.warn('warning: fewer than 2 CPUs: server and load generator share a core; ratios are unreliable.');
  if (config.profile.size > 0) console.warn(`warning: CPU profiling on for ${[...config.profile].join(', ')} servers: throughput is distorted.`);

  const results = {};
  for (const framework of config.frameworks) {
    const runs = Object.fromEntries(config.modes.map((mode) => [mode, []]));
    for (let round = 1; round <= config.rounds; round++) {
      for (const mode of config.modes) {
        const run = await measure(framework, mode, round, key);
        runs[mode].push(run);
        console.log(
          `  ${framework.padEnd(7)} ${mode.padEnd(9)} round ${round}: ${fmt(run.reqPerSec, 0).padStart(7)} req/s  p99 ${fmt(run.p99Ms, 1)} ms  ` +
            `CPU: server ${fmt(run.serverCpuPercent, 0)}% (${fmt(run.cpuMicrosPerRequest, 1)} µs/req), load generator ${fmt(run.loadgenCpuPercent, 0)}%, ` +
            `other ${fmt(run.otherCpuPercent, 0)}%`,
        );
      }
    }
    results[framework] = summarise(framework, runs);
  }

  printTable(results);
  const file = join(RESULTS_DIR, 'latest.json');
  writeFileSync(file, JSON.stringify(report(results), null, 2) + '\n');
  console.log(`\nWrote ${file}`);
}

/** One server lifetime: start, check it answers correctly, warm up, measure, stop, check its audit log. */
async function measure(framework, mode, round, key) {
  const server = await startServer(framework, mode, round, key);
  try {
    const credential = mode === 'auth-jwt' ? key.jwt : key.key;
    await checkServer(server, mode, credential);
    const warmup = await load(server.port, credential, config.warmupSeconds);
    assertAll2xx(warmup, `${framework} ${mode} warm-up`);
    let answered = warmup['2xx'];
    let run;
    // On a shared machine another process can take a core mid-run; such a run says little about Tollgate, so
    // it is measured again (the server is warm already), and kept, flagged, if the noise does not go away.
    for (let attempt = 1; ; attempt++) {
      run = await measureOnce(server, credential, `${framework} ${mode} round ${round}`);
      answered += run.requests2xx;
      run.attempts = attempt;
      run.noisy = run.otherCpuPercent > config.maxOtherCpuPercent;
      if (!run.noisy || attempt >= config.attempts) break;
      console.log(`  ${framework.padEnd(7)} ${mode.padEnd(9)} round ${round}: other processes used ${fmt(run.otherCpuPercent, 0)}% of a core; measuring again`);
    }
    run.round = round;
    run.profiled = config.profile.has(mode);
    // Every 2xx the server answered (warm-up and re-measurements included): divide a profile's totals by it.
    run.answered = answered;

    const code = await server.stop();
    if (code !== 0) throw new BenchError(`${framework} ${mode} server exited with code ${code}`);
    if (mode === 'tollgate') run.audit = await checkAudit(framework, answered);
    return run;
  } finally {
    await server.stop();
  }
}

async function measureOnce(server, credential, what) {
  const cpuBefore = await server.cpu();
  const ownBefore = process.cpuUsage();
  const machineBefore = machineBusyMicros();
  const result = await load(server.port, credential, config.durationSeconds);
  const machineAfter = machineBusyMicros();
  const ownCpu = process.cpuUsage(ownBefore);
  const cpuAfter = await server.cpu();
  assertAll2xx(result, what);

  const cpuMicros = cpuAfter.usage.user + cpuAfter.usage.system - (cpuBefore.usage.user + cpuBefore.usage.system);
  const wallMicros = (cpuAfter.at - cpuBefore.at) * 1000;
  const ownMicros = ownCpu.user + ownCpu.system;
  return {
    reqPerSec: result.requests.average,
    requests2xx: result['2xx'],
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    serverCpuPercent: (100 * cpuMicros) / wallMicros,
    // autocannon's own share of a core: near 100% means the load generator, not the server, set the pace.
    loadgenCpuPercent: (100 * ownMicros) / wallMicros,
    // Everything else the machine did meanwhile (other processes, hypervisor steal): the noise to watch.
    otherCpuPercent:
      machineBefore === undefined || machineAfter === undefined
        ? undefined
        : Math.max(0, (100 * (machineAfter - machineBefore - cpuMicros - ownMicros)) / wallMicros),
    cpuMicrosPerRequest: cpuMicros / result['2xx'],
    serverRssMb: cpuAfter.rss / 2 ** 20,
  };
}

function startServer(framework, mode, round, key) {
  const execArgv = [];
  if (config.profile.has(mode)) {
    const dir = join(RESULTS_DIR, 'profiles');
    mkdirSync(dir, { recursive: true });
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${framework}-${mode}-r${round}.cpuprofile`);
  }
  const child = fork(new URL(`./apps/${framework}.js`, import.meta.url), [mode, '0'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_KEY_ID: key.id,
      BENCH_KEY_HASH: key.hash,
      BENCH_JWT_PUBLIC_KEY: key.publicKey,
      BENCH_AUDIT_FILE: auditFile(framework),
    },
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  const exited = once(child, 'exit').then(([code, signal]) => {
    children.delete(child);
    return code ?? (signal ? 128 : 1);
  });

  let probes = 0;
  const pending = new Map();
  child.on('message', (message) => {
    if (message?.type === 'cpu') pending.get(message.id)?.({ ...message, at: performance.now() });
  });

  let stopping;
  const server = {
    port: 0,
    cpu() {
      const id = ++probes;
      return new Promise((resolve) => {
        pending.set(id, (value) => {
          pending.delete(id);
          resolve(value);
        });
        child.send({ type: 'cpu', id });
      });
    },
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        try {
          return await exited;
        } finally {
          clearTimeout(timer);
        }
      })();
      return stopping;
    },
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new BenchError(`${framework} ${mode} server did not start within 20 s`)), 20_000);
    child.on('message', (message) => {
      if (message?.type !== 'listening') return;
      clearTimeout(timer);
      server.port = message.port;
      resolve(server);
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new BenchError(`${framework} ${mode} server exited with code ${code} before listening`));
    });
  });
}

/**
 * Before timing anything: a good request gets the chat.completion, a request without credentials gets 401,
 * and only the gated server carries RateLimit fields. A bench of a misconfigured app measures nothing.
 */
async function checkServer(server, mode, key) {
  const url = `http://127.0.0.1:${server.port}${PATH}`;
  const ok = await fetch(url, { method: 'POST', headers: requestHeaders(key), body });
  const text = await ok.text();
  if (ok.status !== 200) throw new BenchError(`${mode} server answered ${ok.status} to a valid request: ${text.slice(0, 300)}`);
  const answer = JSON.parse(text);
  if (answer.object !== 'chat.completion' || answer.model !== CHAT_REQUEST.model) {
    throw new BenchError(`${mode} server's answer is not the expected chat.completion: ${text.slice(0, 300)}`);
  }
  const gated = ok.headers.has('ratelimit-policy');
  if (gated !== (mode === 'tollgate')) {
    throw new BenchError(`${mode} server ${gated ? 'sends' : 'does not send'} RateLimit fields: is Tollgate ${gated ? 'mounted on the bare app' : 'missing'}?`);
  }
  const anonymous = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await anonymous.arrayBuffer();
  if (anonymous.status !== 401) throw new BenchError(`${mode} server answered ${anonymous.status}, not 401, without credentials`);
}

/** An RS256 key pair and one access token signed with it, valid for the whole run. */
function benchJwt() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const input = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ sub: 'bench', iss: BENCH_JWT_ISSUER, aud: BENCH_JWT_AUDIENCE, iat: now, exp: now + 6 * 3600 })}`;
  return {
    publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    jwt: `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`,
  };
}

function requestHeaders(key) {
  return { 'content-type': 'application/json', authorization: `Bearer ${key}` };
}

function load(port, key, durationSeconds) {
  return autocannon({
    url: `http://127.0.0.1:${port}${PATH}`,
    method: 'POST',
    headers: requestHeaders(key),
    body,
    connections: config.connections,
    pipelining: config.pipelining,
    duration: durationSeconds,
  });
}

function assertAll2xx(result, what) {
  const problems = [];
  if (result['2xx'] === 0) problems.push('no 2xx responses');
  if (result.non2xx > 0) problems.push(`${result.non2xx} non-2xx responses (${JSON.stringify(result.statusCodeStats)})`);
  if (result.errors > 0) problems.push(`${result.errors} errors`);
  if (result.timeouts > 0) problems.push(`${result.timeouts} timeouts`);
  if (problems.length > 0) throw new BenchError(`${what}: ${problems.join(', ')}`);
}

/**
 * The gated numbers only mean something if every request was really audited: one JSON line per answered
 * request. Requests cut off when autocannon stops may add a few lines, never remove any.
 */
async function checkAudit(framework, answered) {
  const file = auditFile(framework);
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  if (lines < answered) throw new BenchError(`${framework}: ${answered} requests answered but only ${lines} audit lines in ${file}`);
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

function summarise(framework, runs) {
  const pick = (list) => list.reduce((best, run) => (run.reqPerSec > best.reqPerSec ? run : best));
  const bare = pick(runs.bare);
  const summary = { bare: { best: bare, median: median(runs.bare.map((r) => r.reqPerSec)), runs: runs.bare } };
  for (const mode of config.modes.filter((m) => m !== 'bare')) {
    const gated = pick(runs[mode]);
    const ratio = gated.reqPerSec / bare.reqPerSec;
    const target = AUTH_ONLY_MODES.includes(mode) ? AUTH_ONLY_TARGET : mode === 'validate' ? VALIDATE_TARGETS[framework] : TARGETS[framework];
    const result = {
      best: gated,
      median: median(runs[mode].map((r) => r.reqPerSec)),
      runs: runs[mode],
      ratio,
      medianRatio: median(runs[mode].map((r) => r.reqPerSec)) / median(runs.bare.map((r) => r.reqPerSec)),
      // Server CPU per request is steadier than req/s on a noisy machine: the throughput ratio a CPU-bound
      // server on a core of its own would show, and what Tollgate costs per request (medians of the rounds).
      cpuRatio: median(runs.bare.map((r) => r.cpuMicrosPerRequest)) / median(runs[mode].map((r) => r.cpuMicrosPerRequest)),
      overheadMicrosPerRequest: median(runs[mode].map((r) => r.cpuMicrosPerRequest)) - median(runs.bare.map((r) => r.cpuMicrosPerRequest)),
      target,
      pass: target === undefined ? undefined : ratio >= target,
    };
    summary[mode] = result;
    // The original top-level fields keep describing the full pipeline, for readers of older reports.
    if (mode === 'tollgate') {
      const { medianRatio, cpuRatio, overheadMicrosPerRequest, pass } = result;
      Object.assign(summary, { ratio, medianRatio, cpuRatio, overheadMicrosPerRequest, target, pass });
    }
  }
  // The limits stage's share: the same gated app with and without its (memory) limits.
  if (runs.nolimits?.length && runs.tollgate?.length) {
    const nolimits = pick(runs.nolimits);
    const tollgate = pick(runs.tollgate);
    Object.assign(summary, {
      limitsRatio: tollgate.reqPerSec / nolimits.reqPerSec,
      limitsMicrosPerRequest: tollgate.cpuMicrosPerRequest - nolimits.cpuMicrosPerRequest,
    });
  }
  return summary;
}

function printTable(results) {
  const header = ['framework', 'mode', 'req/s', 'p99 ms', 'CPU µs/req', 'runs (req/s)', 'ratio', 'target', 'result', 'CPU ratio'];
  const rows = [];
  for (const [framework, r] of Object.entries(results)) {
    for (const mode of config.modes) {
      const best = r[mode].best;
      const gated = mode !== 'bare';
      rows.push([
        framework,
        mode,
        fmt(best.reqPerSec, 0),
        fmt(best.p99Ms, 1),
        fmt(best.cpuMicrosPerRequest, 1),
        r[mode].runs.map((run) => fmt(run.reqPerSec, 0)).join(' / '),
        gated ? fmt(r[mode].ratio, 3) : '',
        gated && r[mode].target !== undefined ? `>= ${r[mode].target.toFixed(2)}` : '',
        gated && r[mode].target !== undefined ? (r[mode].pass ? 'PASS' : 'MISS') : '',
        gated ? fmt(r[mode].cpuRatio, 3) : '',
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    `\nBest of ${config.rounds} run(s) per mode; ratio = mode req/s / bare req/s (the target applies to it); ` +
      'CPU ratio = bare / mode server CPU µs per request (medians).\n',
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));

  for (const [framework, r] of Object.entries(results)) {
    if (r.limitsRatio !== undefined) {
      console.log(
        `${framework}: limits (memory store) keep ${fmt(100 * r.limitsRatio, 1)}% of the throughput without them ` +
          `(${fmt(r.nolimits.best.reqPerSec, 0)} -> ${fmt(r.tollgate.best.reqPerSec, 0)} req/s; ${fmt(r.limitsMicrosPerRequest, 1)} µs CPU/req)`,
      );
    }
  }
  for (const [framework, r] of Object.entries(results)) {
    for (const mode of config.modes) {
      const noisy = r[mode].runs.filter((run) => run.noisy);
      if (noisy.length > 0) {
        console.warn(
          `warning: ${framework} ${mode}: other processes used ${noisy.map((run) => fmt(run.otherCpuPercent, 0) + '%').join(', ')} of a core during ` +
            `${noisy.length} run(s) even after ${config.attempts} attempts: req/s is unreliable there; the CPU ratio is steadier.`,
        );
      }
    }
    const { serverCpuPercent, loadgenCpuPercent } = r.bare.best;
    if (serverCpuPercent < 85 || loadgenCpuPercent > 90) {
      console.warn(
        `warning: bare ${framework}: server at ${fmt(serverCpuPercent, 0)}% of a core, load generator at ${fmt(loadgenCpuPercent, 0)}%: ` +
          'the server was not the bottleneck in its best run, so the ratio is not a clean measure; compare the CPU ratio.',
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
    config: { ...config, profile: [...config.profile], path: PATH, aggregate: 'best req/s of the rounds (median also given)' },
    results,
  };
}

async function importCore() {
  try {
    return await import('@tollgate/core');
  } catch (err) {
    throw new BenchError(`cannot load @tollgate/core (${err.message}); build first: npx turbo run build, or use npm run bench at the root`);
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function fmt(value, digits) {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

function positiveNumber(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new BenchError(`${name} must be a positive number, got "${raw}"`);
  return value;
}

function optionalPositiveNumber(name) {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? undefined : positiveNumber(name, undefined);
}

function positiveInteger(name, fallback) {
  const value = positiveNumber(name, fallback);
  if (!Number.isInteger(value)) throw new BenchError(`${process.env[name]} is not a whole number (${name})`);
  return value;
}

function oneOf(name, values) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return values[0];
  if (!values.includes(raw)) throw new BenchError(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
  return raw;
}

function frameworkList(raw) {
  if (!raw) return FRAMEWORKS;
  const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((f) => !FRAMEWORKS.includes(f));
  if (unknown.length > 0 || list.length === 0) throw new BenchError(`BENCH_FRAMEWORKS: unknown ${unknown.join(', ') || '(empty)'}; use ${FRAMEWORKS.join(',')}`);
  return list;
}

function modeList(raw) {
  if (!raw) return ['bare', 'tollgate'];
  const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((m) => !MODES.includes(m));
  if (unknown.length > 0 || !list.includes('bare') || list.length < 2) {
    throw new BenchError(`BENCH_MODES: give bare and at least one of ${MODES.slice(1).join(', ')}${unknown.length ? `; unknown ${unknown.join(', ')}` : ''}`);
  }
  return ['bare', ...list.filter((m) => m !== 'bare')];
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
  for (const child of children) child.kill('SIGKILL');
}
