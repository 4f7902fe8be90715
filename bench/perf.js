// Where a live server's CPU time goes, natively: Linux `perf` samples each server (cpu-clock, so it works
// without hardware counters, on a VM too) while autocannon (or wrk: BENCH_LOADGEN) loads it, and the samples are turned into µs per
// request by part (V8 and Node's C++, compiled JavaScript, the kernel, libc) and, against bare, by function.
// instructions.js counts instructions, which leave out stalls and the kernel; this shows both. See README.md.
//
//   BENCH_FRAMEWORKS=koa BENCH_MODES=bare,auth-key node bench/perf.js
import { execFile, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chatBody } from './payload.js';
import { JWT_MODES, RESULTS_DIR } from './apps/shared.js';
import { BenchError, assertAll2xx, benchCredentials, checkServer, credentialFor, loadServer, runMain, startServer } from './harness.js';
import { frameworkList, modeList, oneOf, positiveInteger } from './settings.js';
import { assertWrk, loadWithWrk } from './wrk.js';

const run = promisify(execFile);
const OUT_DIR = join(RESULTS_DIR, 'perf');
// Samples per second per CPU; a prime, so sampling does not beat with periodic work (timers, GC tasks).
const FREQUENCY = 2999;

const config = {
  frameworks: frameworkList(process.env.BENCH_FRAMEWORKS),
  modes: modeList(process.env.BENCH_MODES, ['bare', 'auth-key']),
  seconds: positiveInteger('BENCH_SECONDS', 10),
  warmupSeconds: positiveInteger('BENCH_WARMUP', 8),
  connections: positiveInteger('BENCH_CONNECTIONS', 50),
  top: positiveInteger('BENCH_TOP', 25),
  loadgen: oneOf('BENCH_LOADGEN', ['autocannon', 'wrk']),
};

async function main() {
  try {
    await run('perf', ['--version']);
  } catch (err) {
    throw new BenchError(`perf is needed (${err.message}); on Debian: apt-get install linux-perf`);
  }
  if (config.loadgen === 'wrk') await assertWrk();
  mkdirSync(OUT_DIR, { recursive: true });
  const key = await benchCredentials();
  const body = chatBody();
  // As in instructions.js, auth-jwt is compared with a bare server sent the same JWT (its header parsing is bare's cost too).
  const runs = config.modes.map((mode) => ({ name: mode, mode, credential: credentialFor(mode, key), baseline: mode === 'bare' ? undefined : JWT_MODES.includes(mode) ? 'bare-jwt' : 'bare' }));
  if (config.modes.some((mode) => JWT_MODES.includes(mode))) runs.splice(1, 0, { name: 'bare-jwt', mode: 'bare', credential: key.jwt, baseline: undefined });
  for (const framework of config.frameworks) {
    const profiles = {};
    for (const r of runs) profiles[r.name] = { ...(await sample(framework, r, key, body)), baseline: r.baseline };
    report(framework, profiles);
  }
}

/** One server under load: `perf record` for config.seconds of it, then its samples per DSO and symbol. */
async function sample(framework, { name, mode, credential }, key, body) {
  // V8 writes /tmp/perf-<pid>.map, where perf report finds the names of compiled JavaScript.
  const server = await startServer(framework, mode, key, { execArgv: ['--perf-basic-prof'] });
  const file = join(OUT_DIR, `${framework}-${name}.data`);
  try {
    await checkServer(server, mode, credential, body);
    const options = (seconds) => ({ connections: config.connections, duration: seconds });
    const load = (seconds) =>
      config.loadgen === 'wrk' ? loadWithWrk(server.port, credential, body, options(seconds)) : loadServer(server.port, credential, body, options(seconds));
    assertAll2xx(await load(config.warmupSeconds), `${framework} ${name} warm-up`);
    const perf = spawn('perf', ['record', '-e', 'cpu-clock', '-F', String(FREQUENCY), '-o', file, '-p', String(server.pid), '--', 'sleep', String(config.seconds)], { stdio: 'ignore' });
    const result = await load(config.seconds);
    const [code] = await once(perf, 'exit');
    if (code !== 0) throw new BenchError(`perf record exited with ${code} (is kernel.perf_event_paranoid above 1 for this user?)`);
    assertAll2xx(result, `${framework} ${name}`);
    const { stdout } = await run('perf', ['report', '-i', file, '--stdio', '--no-children', '--sort', 'dso,sym', '-n'], { maxBuffer: 64 * 1024 * 1024 });
    const profile = { requests: result['2xx'], parts: new Map(), symbols: new Map() };
    for (const line of stdout.split('\n')) {
      const m = /^\s*[\d.]+%\s+(\d+)\s+(\S.*?)\s{2,}\[(.)\]\s+(.*?)\s*$/.exec(line);
      if (!m) continue;
      const [, count, dso, , symbol] = m;
      const us = (Number(count) / FREQUENCY / profile.requests) * 1e6;
      const part = partOf(dso);
      profile.parts.set(part, (profile.parts.get(part) ?? 0) + us);
      // V8 marks a function's tier in front of its name (*, ~, ^, +): one function, whichever tier ran.
      const name = symbol.replace(/^JS:[*~^+-]?/, 'JS:');
      if (part !== 'kernel') profile.symbols.set(name, (profile.symbols.get(name) ?? 0) + us);
    }
    console.log(`  ${framework} ${name}: ${profile.requests} requests in ${config.seconds} s`);
    return profile;
  } finally {
    await server.stop();
  }
}

function partOf(dso) {
  if (dso.includes('kernel')) return 'kernel';
  if (dso.startsWith('[JIT]')) return 'JavaScript (JIT)';
  if (dso === 'node') return 'V8 + Node (C++, builtins)';
  if (dso.startsWith('libc')) return 'libc';
  return 'other';
}

const fmt = (v) => (v >= 0 ? '+' : '') + v.toFixed(3);

function report(framework, profiles) {
  const parts = [...new Set(Object.values(profiles).flatMap((p) => [...p.parts.keys()]))];
  console.log(`\n${framework}: CPU µs per request by part (samples at ${FREQUENCY} Hz; differences of ~0.1 µs are noise)`);
  const total = (p) => [...p.parts.values()].reduce((a, b) => a + b, 0);
  for (const [mode, p] of Object.entries(profiles)) {
    const cells = parts.map((part) => `${part} ${(p.parts.get(part) ?? 0).toFixed(2)}`);
    const base = p.baseline && profiles[p.baseline];
    console.log(`  ${mode.padEnd(9)} total ${total(p).toFixed(2)}  (${cells.join(', ')})${base ? `  vs ${p.baseline} ${fmt(total(p) - total(base))}` : ''}`);
  }
  for (const [mode, p] of Object.entries(profiles)) {
    const base = p.baseline && profiles[p.baseline];
    if (!base) continue;
    const names = new Set([...p.symbols.keys(), ...base.symbols.keys()]);
    const rows = [...names]
      .map((name) => [name, (p.symbols.get(name) ?? 0) - (base.symbols.get(name) ?? 0)])
      .sort((a, b) => b[1] - a[1])
      .slice(0, config.top);
    console.log(`\n  ${framework} ${mode} against ${p.baseline}, outside the kernel: the functions whose µs per request grew most`);
    for (const [name, delta] of rows) console.log(`    ${fmt(delta)}  ${name.slice(0, 140)}`);
  }
}

await runMain('perf', main);
