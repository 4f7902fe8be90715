// wrk as run.js's and perf.js's load generator (BENCH_LOADGEN=wrk). autocannon is a Node process: on a
// 2-vCPU machine it needs most of its core to keep 50 connections busy, so how often it sleeps (and each
// response must wake it) depends on the server's speed, a feedback that widens small differences (README,
// "Native CPU time by part"). wrk, in C, idles at the same load, so every response wakes it, bare or gated.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PATH } from './apps/shared.js';
import { BenchError } from './harness.js';

const run = promisify(execFile);
const SCRIPT = new URL('./wrk/report.lua', import.meta.url).pathname;
/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in ticks of 10 ms. */
const MICROS_PER_TICK = 10_000;

export async function assertWrk() {
  try {
    await run('wrk', ['--version']).catch((err) => {
      // wrk --version prints its banner and exits 1.
      if (!/^wrk /m.test(`${err.stdout ?? ''}${err.stderr ?? ''}`)) throw err;
    });
  } catch (err) {
    throw new BenchError(`BENCH_LOADGEN=wrk needs wrk on the PATH (${err.message}); on Debian: apt-get install wrk`);
  }
}

/**
 * Loads a server's bench route with wrk (one thread, `connections` connections, pipelining 1) for `duration`
 * seconds, and returns what run.js reads of an autocannon result, plus `loadgenCpuMicros`.
 */
export async function loadWithWrk(port, credential, body, { connections, duration }) {
  const dir = mkdtempSync(join(tmpdir(), 'tg-wrk-'));
  try {
    const bodyFile = join(dir, 'body.json');
    writeFileSync(bodyFile, body);
    const { stdout } = await run(
      'wrk',
      ['-t1', `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '-s', SCRIPT, `http://127.0.0.1:${port}${PATH}`],
      { env: { ...process.env, BENCH_WRK_BODY_FILE: bodyFile, BENCH_WRK_CREDENTIAL: credential }, maxBuffer: 1024 * 1024 },
    );
    const line = stdout.split('\n').find((l) => l.startsWith('BENCH_JSON '));
    if (!line) throw new BenchError(`wrk printed no summary: ${stdout.slice(0, 500)}`);
    const r = JSON.parse(line.slice('BENCH_JSON '.length));
    // wrk counts a response with status > 399 as a status error; anything below was checked as a 200 by checkServer.
    const ok = r.requests - r.status;
    return {
      requests: { average: r.requests / (r.durationMicros / 1e6) },
      '2xx': ok,
      non2xx: r.status,
      statusCodeStats: { '>399': r.status },
      errors: r.connect + r.read + r.write,
      timeouts: r.timeout,
      latency: { p50: r.p50Micros / 1000, p99: r.p99Micros / 1000, max: r.maxMicros / 1000 },
      loadgenCpuMicros: r.cpuTicks * MICROS_PER_TICK,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
