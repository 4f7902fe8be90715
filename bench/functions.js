// Where a mode's instructions go, per function and per request, from instructions.js's callgrind files: V8's
// compiled JavaScript named through the server's perf map (BENCH_JIT_NAMES=1), and, given a second mode, the
// functions whose cost differs most. See README.md, "Naming JIT code".
//
//   node bench/functions.js koa validate            # koa-validate's top functions
//   node bench/functions.js koa validate bare       # what validate adds over bare, function by function
//   node bench/functions.js koa auth-key bare --cost cycles   # the same in estimated cycles (cache misses included)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RESULTS_DIR } from './apps/shared.js';
import { BenchError } from './harness.js';
import { readFunctionCosts } from './callgrind.js';

const OUT_DIR = join(RESULTS_DIR, 'callgrind');

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '40' }, cost: { type: 'string', default: 'Ir' }, group: { type: 'boolean', default: false }, requests: { type: 'string' } },
  });
  const [framework, mode, baseline] = positionals;
  if (!framework || !mode) throw new BenchError('usage: node bench/functions.js <framework> <mode> [<baseline mode>] [--top N] [--group] [--requests N] [--cost Ir|cycles|<event>]');
  const top = Number(values.top);
  const requests = values.requests === undefined ? undefined : Number(values.requests);
  const { cost } = values;
  const own = profile(framework, mode, values.group, requests, cost);
  if (!baseline) {
    const rows = [...own.perRequest].sort((a, b) => b[1] - a[1]).slice(0, top);
    print(`${framework} ${mode}: ${fmt(own.total)} ${cost} per request over ${own.requests} requests; self cost per request`, rows.map(([name, cost]) => [fmt(cost), name]));
    return;
  }
  const base = profile(framework, baseline, values.group, requests, cost);
  const names = new Set([...own.perRequest.keys(), ...base.perRequest.keys()]);
  const rows = [...names]
    .map((name) => [name, own.perRequest.get(name) ?? 0, base.perRequest.get(name) ?? 0])
    .map(([name, a, b]) => [name, a, b, a - b])
    .sort((x, y) => Math.abs(y[3]) - Math.abs(x[3]))
    .slice(0, top);
  print(
    `${framework} ${mode} (${fmt(own.total)} ${cost}/req) against ${baseline} (${fmt(base.total)}): ${fmt(own.total - base.total)} per request; ` +
      'the functions whose self cost differs most',
    rows.map(([name, a, b, d]) => [(d > 0 ? '+' : '') + fmt(d), fmt(a), fmt(b), name]),
  );
}

/**
 * One server's counted runs (<framework>-<mode>.out.1 ...), self cost (`cost`: see readFunctionCosts) per request by function name. With `group`,
 * JavaScript functions are summed per source file, V8 and Node internals per kind (the perf map's prefix).
 */
function profile(framework, mode, group, requests, cost) {
  const stem = `${framework}-${mode}.out`;
  const parts = existsSync(OUT_DIR) ? readdirSync(OUT_DIR).filter((f) => f.startsWith(`${stem}.`) && /^\d+$/.test(f.slice(stem.length + 1))) : [];
  if (parts.length === 0) throw new BenchError(`no callgrind files ${join(OUT_DIR, stem)}.N: run instructions.js with BENCH_MODES including ${mode}`);
  const meta = requests ? { requests } : readMeta(framework, mode);
  const jit = readPerfMap(join(OUT_DIR, `${framework}-${mode}.map`));
  const costs = new Map();
  for (const part of parts) {
    for (const [name, value] of readFunctionCosts(join(OUT_DIR, part), cost)) {
      const named = jit ? jit.name(name) : name;
      const key = group ? groupOf(named) : named;
      costs.set(key, (costs.get(key) ?? 0) + value);
    }
  }
  const perRequest = new Map([...costs].map(([name, value]) => [name, value / meta.requests]));
  const total = [...perRequest.values()].reduce((a, b) => a + b, 0);
  return { perRequest, total, requests: meta.requests };
}

/** The number of counted requests, from instructions.json (the run that wrote these files). */
function readMeta(framework, mode) {
  const file = join(RESULTS_DIR, 'instructions.json');
  const report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const requests = report?.results?.[framework]?.[mode]?.requests;
  if (!requests) throw new BenchError(`${file} has no ${framework} ${mode} result (a later run replaced it?): pass --requests N`);
  return { requests };
}

/**
 * V8's perf map (`node --perf-basic-prof` writes /tmp/perf-<pid>.map: "start size name" in hex): names the
 * addresses callgrind reports for code without symbols. Code is moved and freed, so an address may have had
 * several functions; the latest entry wins, as the counted runs come after warm-up.
 */
function readPerfMap(file) {
  if (!existsSync(file)) return undefined;
  const byStart = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
    if (m) byStart.set(parseInt(m[1], 16), { size: parseInt(m[2], 16), name: m[3] });
  }
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  return {
    name(fn) {
      if (!/^0x[0-9a-f]+$/i.test(fn)) return fn;
      const address = parseInt(fn, 16);
      let lo = 0;
      let hi = starts.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= address) lo = mid + 1;
        else hi = mid - 1;
      }
      const entry = hi >= 0 ? byStart.get(starts[hi]) : undefined;
      return entry && address < starts[hi] + entry.size ? entry.name : `${fn} (unnamed JIT code)`;
    },
  };
}

function groupOf(name) {
  const js = /^JS:[*~^+-]?\S* (.*?):\d+(?::\d+)?$/.exec(name);
  if (js) return `JS ${js[1].replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(packages|bench)\//, '$1/')}`;
  const kind = /^(\w+):(?!:)/.exec(name);
  if (kind) return kind[1];
  if (name.includes('unnamed JIT code')) return 'unnamed JIT code';
  // C++: the class (or namespace) of the function, without return type, template arguments or parameters.
  let plain = name.split('(')[0];
  while (/<[^<>]*>/.test(plain)) plain = plain.replace(/<[^<>]*>/g, '');
  const qualified = plain.trim().split(' ').at(-1);
  const parts = qualified.split('::');
  return parts.length > 1 ? parts.slice(0, -1).join('::') : qualified || name;
}

const fmt = (v) => Math.round(v).toLocaleString('en-US');

function print(title, rows) {
  console.log(title);
  const widths = rows.reduce((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, String(cell).length)), []);
  for (const row of rows) console.log(row.map((cell, i) => (i < row.length - 1 ? String(cell).padStart(widths[i]) : cell)).join('  '));
}

try {
  main();
} catch (err) {
  if (!(err instanceof BenchError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
