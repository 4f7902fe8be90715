// Running a server under valgrind's callgrind, switching its counting on and off from outside, and reading the
// totals back. Used by instructions.js; kept apart so the valgrind details live in one place.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { BenchError } from './harness.js';

const run = promisify(execFile);

export const EVENTS = ['Ir', 'Dr', 'Dw', 'I1mr', 'D1mr', 'D1mw', 'ILmr', 'DLmr', 'DLmw'];

/**
 * Fixed cache geometry. Valgrind otherwise reads the host's through cpuid, and on this KVM guest it finds a
 * direct-mapped 320 MB "L3" (simulated as 256 MiB, with a warning), so LL misses would be near zero and the
 * numbers would differ between hosts. 32 KiB 8-way L1s and an 8 MiB 16-way LL are a typical server core's share.
 * `BENCH_LL=<size>,<ways>,<line>` simulates a smaller last-level share, as a host whose other tenants fill the
 * shared cache leaves a process.
 */
export const CACHES = { I1: '32768,8,64', D1: '32768,8,64', LL: llGeometry(process.env.BENCH_LL) };

function llGeometry(value) {
  if (value === undefined || value === '') return '8388608,16,64';
  if (!/^\d+,\d+,\d+$/.test(value)) throw new BenchError(`BENCH_LL must be <size>,<associativity>,<line size> in bytes (valgrind's --LL), got "${value}"`);
  return value;
}

/** Cachegrind's classic rough cycle model: an L1 miss costs ~10 cycles, a last-level miss ~100. */
export const CYCLE_MODEL = 'Ir + 10 * (I1mr + D1mr + D1mw) + 100 * (ILmr + DLmr + DLmw)';

export function estimatedCycles(t) {
  return t.Ir + 10 * (t.I1mr + t.D1mr + t.D1mw) + 100 * (t.ILmr + t.DLmr + t.DLmw);
}

/**
 * Node flags for a counted server. V8's memory reducer starts memory-saving GCs when the allocation rate per
 * second of wall time drops; under valgrind every server runs ~50x slower and looks idle to it, so it fired in
 * the middle of counted runs (500 requests of Koa once cost 5x the 500 before), where a loaded server would
 * never run one, and threw away optimized code. (Forcing a full GC before counting, to start every run at the
 * same point of the GC cycle, does the same damage: the next 3,000 requests cost up to 6x.)
 */
export const NODE_FLAGS = ['--no-memory-reducer'];

/** The `launcher` for harness.startServer: valgrind in front of node, counting nothing until told to. */
export function callgrindLauncher({ outFile, logFile }) {
  return {
    command: 'valgrind',
    args: [
      '--tool=callgrind',
      // Start-up and warm-up run uncounted (and faster): only the requests between `on` and `off` count.
      '--instr-atstart=no',
      '--cache-sim=yes',
      `--I1=${CACHES.I1}`,
      `--D1=${CACHES.D1}`,
      `--LL=${CACHES.LL}`,
      // V8 writes machine code into anonymous memory and patches it; valgrind must notice (the amd64 default,
      // stated so that a different default elsewhere cannot run stale translations).
      '--smc-check=all-non-file',
      `--callgrind-out-file=${outFile}`,
      // Valgrind's own messages (the cache-detection warnings) go here, not between the bench's lines.
      `--log-file=${logFile}`,
    ],
  };
}

/** Counting on or off: `callgrind_control -i on|off <pid>`. */
export function instrumentation(pid, state) {
  return control(pid, ['-i', state]);
}

/** `callgrind_control -d <pid>`: the counts so far go to the next numbered file (<out>.1, .2, ...) and restart from zero. */
export function dump(pid) {
  return control(pid, ['-d']);
}

/**
 * callgrind_control reaches the process through vgdb (ptrace while it sleeps in epoll_wait), and it exits 0
 * even when it found no such process, so success is read from its output.
 */
async function control(pid, args) {
  const command = `callgrind_control ${args.join(' ')} ${pid}`;
  let output;
  try {
    output = (await run('callgrind_control', [...args, String(pid)], { timeout: 60_000 })).stdout;
  } catch (err) {
    throw new BenchError(`${command} failed: ${err.message}`);
  }
  if (!/^\s*OK\.\s*$/m.test(output)) throw new BenchError(`${command} did not confirm: ${output.trim()}`);
}

/** The event totals of a callgrind output file, summed over its parts (one per dump). */
export function readTotals(file) {
  const text = readFileSync(file, 'utf8');
  const events = /^events:\s*(.+)$/m.exec(text)?.[1].trim().split(/\s+/);
  if (!events || EVENTS.some((e) => !events.includes(e))) throw new BenchError(`${file}: no cache-simulation events (${events?.join(' ')})`);
  const totals = Object.fromEntries(EVENTS.map((e) => [e, 0]));
  for (const [, line] of text.matchAll(/^totals:\s*(.+)$/gm)) {
    const values = line.trim().split(/\s+/).map(Number);
    for (const e of EVENTS) totals[e] += values[events.indexOf(e)] ?? 0;
  }
  return totals;
}

export async function valgrindVersion() {
  try {
    return (await run('valgrind', ['--version'])).stdout.trim();
  } catch (err) {
    throw new BenchError(`valgrind is needed for instructions.js (${err.message}); on Debian/Ubuntu: apt-get install valgrind`);
  }
}

/**
 * Self cost by function name in one callgrind output file: the cost lines under each `fn=`, not the inclusive
 * cost that follows a `calls=` line. Names come compressed (`fn=(12) name`, then `fn=(12)`). `cost` is `Ir`
 * (instructions), another event, or `cycles` (CYCLE_MODEL: where the estimated cycles, cache misses included, go).
 */
export function readFunctionCosts(file, cost = 'Ir') {
  const lines = readFileSync(file, 'utf8').split('\n');
  const events = /^events:\s*(.+)$/m.exec(lines.slice(0, 50).join('\n'))?.[1].trim().split(/\s+/) ?? ['Ir'];
  const needed = cost === 'cycles' ? EVENTS : [cost];
  const missing = needed.filter((e) => !events.includes(e));
  if (missing.length > 0) throw new BenchError(`${file} has no ${missing.join(', ')} event (it has ${events.join(' ')}); --cost ${cost} needs them`);
  const column = Object.fromEntries(events.map((e, i) => [e, i + 1]));
  const score =
    cost === 'cycles'
      ? (cells) => estimatedCycles(Object.fromEntries(EVENTS.map((e) => [e, Number(cells[column[e]] ?? 0)])))
      : (cells) => Number(cells[column[cost]] ?? 0);
  const names = new Map();
  const costs = new Map();
  let current = '';
  let skipNext = false;
  for (const line of lines) {
    if (line.startsWith('fn=')) {
      const m = /^fn=\((\d+)\)(?: (.*))?$/.exec(line);
      current = m ? (m[2] !== undefined ? (names.set(m[1], m[2]), m[2]) : (names.get(m[1]) ?? m[1])) : line.slice(3);
    } else if (line.startsWith('cfn=')) {
      // A called function's name is defined here the first time it appears.
      const m = /^cfn=\((\d+)\) (.*)$/.exec(line);
      if (m) names.set(m[1], m[2]);
    } else if (line.startsWith('calls=')) skipNext = true;
    else if (/^[0-9+*-]/.test(line)) {
      if (skipNext) skipNext = false;
      else {
        const value = score(line.split(' '));
        if (value) costs.set(current, (costs.get(current) ?? 0) + value);
      }
    }
  }
  return costs;
}
