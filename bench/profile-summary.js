// Summarises a V8 .cpuprofile (from `BENCH_PROFILE=1 node bench/run.js`) by where the time went: per
// package (Tollgate's own dist, each dependency, Node internals) and per function, self and inclusive.
//
//   node bench/profile-summary.js bench/results/profiles/hono-tollgate.cpuprofile [top=25] [filter]
//
// `filter` keeps only functions whose URL contains it (e.g. `packages/` for Tollgate's code).
import { readFileSync } from 'node:fs';

const [file, topArg = '25', filter] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.js <file.cpuprofile> [top] [url filter]');
  process.exit(2);
}
const top = Number(topArg);
const profile = JSON.parse(readFileSync(file, 'utf8'));

const byId = new Map();
const parent = new Map();
for (const node of profile.nodes) {
  byId.set(node.id, node);
  for (const child of node.children ?? []) parent.set(child, node.id);
}

// Sample i lasted timeDeltas[i + 1]: attributing each delta to the sample it follows would shift time by one.
const selfMicros = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const micros = deltas[i + 1] ?? 0;
  selfMicros.set(profile.samples[i], (selfMicros.get(profile.samples[i]) ?? 0) + micros);
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

function area(frame) {
  const { url, functionName } = frame;
  if (!url) return IDLE.has(functionName) ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const pkg = /packages\/([^/]+)\/dist\//.exec(url);
  if (pkg) return `@tollgate/${pkg[1]}`;
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (dep) return dep[1];
  if (url.includes('/bench/')) return 'bench app';
  return url;
}

function label(frame) {
  const where = frame.url ? `${frame.url.replace(/^.*?(packages\/|node_modules\/|bench\/|node:)/, '$1')}:${frame.lineNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'} ${where}`.trim();
}

let total = 0;
let idle = 0;
const areaSelf = new Map();
const fnSelf = new Map();
const fnInclusive = new Map();
const areaInclusive = new Map();
for (const [id, micros] of selfMicros) {
  const frame = byId.get(id).callFrame;
  total += micros;
  if (frame.functionName === '(idle)') idle += micros;
  add(areaSelf, area(frame), micros);
  add(fnSelf, label(frame), micros);
  // Inclusive: every distinct function and package on the stack gets the sample once, however deep it recurses.
  const seenFn = new Set();
  const seenArea = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const f = byId.get(n).callFrame;
    seenFn.add(label(f));
    seenArea.add(area(f));
  }
  for (const name of seenFn) add(fnInclusive, name, micros);
  for (const name of seenArea) add(areaInclusive, name, micros);
}

function add(map, key, value) {
  map.set(key, (map.get(key) ?? 0) + value);
}

const busy = total - idle;
const pct = (micros) => ((100 * micros) / busy).toFixed(1).padStart(5) + '%';
const ms = (micros) => (micros / 1000).toFixed(0).padStart(7) + ' ms';

console.log(`${file}\n${(total / 1e6).toFixed(2)} s sampled, ${(busy / 1e6).toFixed(2)} s busy (percentages are of busy time)\n`);
console.log('By package (self | inclusive):');
for (const [name, micros] of [...areaSelf].sort((a, b) => b[1] - a[1])) {
  if (name === '(idle)') continue;
  const inclusive = name.startsWith('(') ? micros : areaInclusive.get(name);
  console.log(`  ${pct(micros)} ${ms(micros)} | ${pct(inclusive)}  ${name}`);
}

const keep = ([name]) => !filter || name.includes(filter);
console.log(`\nTop ${top} functions by self time${filter ? ` (matching "${filter}")` : ''}:`);
for (const [name, micros] of [...fnSelf].filter(keep).sort((a, b) => b[1] - a[1]).slice(0, top)) {
  if (name === '(idle)') continue;
  console.log(`  ${pct(micros)} ${ms(micros)}  ${name}`);
}
console.log(`\nTop ${top} functions by inclusive time${filter ? ` (matching "${filter}")` : ''}:`);
for (const [name, micros] of [...fnInclusive].filter(keep).sort((a, b) => b[1] - a[1]).slice(0, top)) {
  if (IDLE.has(name)) continue;
  console.log(`  ${pct(micros)} ${ms(micros)}  ${name}`);
}
