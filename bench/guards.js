// Micro-benchmark: the validate stage on a typical ~2 KB chat body — read, strict UTF-8, safe JSON parse,
// openai.chat schema, constraints, prompt-injection guard and PII guard — measured per body, in process,
// on the built packages (run `npx turbo run build` first). Not part of `npm test`: numbers, no assertions.
//
//   node bench/guards.js                    # BENCH_ITERATIONS (default 20000, fewer for big bodies) per configuration
//   BENCH_BODY_KB=32 node bench/guards.js   # the last user message grown to a ~32 KiB body: per-byte costs
//   BENCH_CORE=/tmp/tg-before/packages/core/dist/index.js node bench/guards.js   # another build (README)
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHAT_REQUEST } from './payload.js';

const { createGate } = await import(process.env.BENCH_CORE ? pathToFileURL(resolve(process.env.BENCH_CORE)).href : '@tollgate/core');
const BODY_KB = process.env.BENCH_BODY_KB ? Number(process.env.BENCH_BODY_KB) : undefined;
if (BODY_KB !== undefined && !(BODY_KB > 0)) throw new Error('BENCH_BODY_KB must be a positive number of KiB');
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? Math.max(200, Math.round(20000 / Math.max(1, (BODY_KB ?? 2) / 2))));
// Each configuration is measured this many times, interleaved with the others; the fastest pass is kept.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

// ~2 KB: the bench payload plus two more turns of ordinary conversation, one of them with an email address.
const BODY = {
  ...CHAT_REQUEST,
  messages: [
    ...CHAT_REQUEST.messages,
    { role: 'assistant', content: 'Economy on that flight includes one cabin bag of up to 8 kg and one checked bag of up to 23 kg. Anything else?' },
    {
      role: 'user',
      content:
        'Great, thanks. Could you also send the itinerary to my colleague at sam.lee@example.com and remind me how early I should arrive at the airport for an international departure from Lisbon?',
    },
    {
      role: 'assistant',
      content:
        'Done: the itinerary for booking ABC123 is on its way to your colleague. For international departures from Lisbon we recommend arriving at least two and a half hours before the scheduled departure, as passport control can be slow in the morning.',
    },
    { role: 'user', content: 'Perfect. One last thing: can I bring a small backpack in addition to the cabin bag, and does the fare include a meal on board?' },
  ],
};
// Retrieved context, as a RAG prompt carries it: ordinary prose with times, weights and a flight number.
const FILLER =
  'Context from the booking system: flight AF1234 departs Boston Logan at 19:05 and lands at Paris CDG at 08:20 the next morning; ' +
  'economy fares include one 23 kg checked bag and one 12 kg cabin bag; seat selection opens 24 hours before departure. ';
if (BODY_KB !== undefined) {
  const last = BODY.messages.at(-1);
  const missing = Math.max(0, Math.round(BODY_KB * 1024) - Buffer.byteLength(JSON.stringify(BODY)));
  last.content = FILLER.repeat(Math.ceil(missing / FILLER.length)).slice(0, missing) + last.content;
}
const BYTES = new TextEncoder().encode(JSON.stringify(BODY));
// The route's per-message cap must let the grown message through: this measures work, not a refusal.
const MAX_MESSAGE_CHARS = Math.max(8000, BYTES.byteLength);

const route = (validate) => ({
  version: 1,
  defaults: { auth: false },
  routes: [{ id: 'chat', match: { method: 'POST', path: '/v1/chat/completions' }, auth: false, validate }],
});

const CONFIGS = {
  'schema only': { schema: 'openai.chat' },
  'schema + constraints': {
    schema: 'openai.chat',
    constraints: { models: ['gpt-4o-mini'], maxTokens: 1024, maxTokensAction: 'clamp', maxN: 2, maxMessages: 64, maxMessageChars: MAX_MESSAGE_CHARS, tools: ['get_booking'] },
  },
  'schema + constraints + both guards': {
    schema: 'openai.chat',
    constraints: { models: ['gpt-4o-mini'], maxTokens: 1024, maxTokensAction: 'clamp', maxN: 2, maxMessages: 64, maxMessageChars: MAX_MESSAGE_CHARS, tools: ['get_booking'] },
    guards: { injection: { action: 'block', roles: ['user', 'tool'] }, pii: { action: 'mask' } },
  },
};

const request = () => ({
  method: 'POST',
  path: '/v1/chat/completions',
  query: '',
  header: (name) => (name === 'content-type' ? 'application/json' : name === 'content-length' ? String(BYTES.byteLength) : undefined),
  remoteAddress: '127.0.0.1',
  encrypted: false,
  body: { kind: 'buffered', load: () => Promise.resolve(BYTES) },
});

/** A warmed-up validate stage for one configuration: `run()` times ITERATIONS bodies through it. */
async function prepare(name, validate) {
  const gate = createGate({ policy: route(validate), logger: silentLogger() });
  const stage = gate.stage('validate', { route: 'chat' });
  const once = async () => {
    const decision = await stage(gate.context(request()));
    if (!decision.allowed) throw new Error(`${name}: the bench body was refused: ${decision.problem.detail}`);
  };
  for (let i = 0; i < Math.min(2000, ITERATIONS); i++) await once(); // warm-up: JIT, ajv's compiled code, regex caches
  return () => timed(once);
}

/**
 * Wall time and this process's CPU time per call. On a shared machine the CPU time is the steadier figure:
 * it leaves out the time the process waited for a core.
 */
async function timed(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) await fn();
  const wall = Number(process.hrtime.bigint() - start) / ITERATIONS / 1000;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / ITERATIONS };
}

async function baseline() {
  // What a context and an awaited no-op cost: subtracted so the figures are the validation work itself.
  const gate = createGate({ policy: route(false), logger: silentLogger() });
  const stage = gate.stage('validate', { route: 'chat' });
  const once = () => stage(gate.context(request()));
  for (let i = 0; i < Math.min(2000, ITERATIONS); i++) await once();
  return () => timed(once);
}

function silentLogger() {
  return { on() {}, log() {}, error() {} };
}

const runs = [['overhead', await baseline()]];
for (const [name, validate] of Object.entries(CONFIGS)) runs.push([name, await prepare(name, validate)]);
const best = new Map();
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of runs) {
    const r = await run();
    if (process.env.BENCH_VERBOSE) console.log(round, name, r.cpu.toFixed(2), r.wall.toFixed(2));
    const kept = best.get(name);
    best.set(name, { cpu: Math.min(r.cpu, kept?.cpu ?? Infinity), wall: Math.min(r.wall, kept?.wall ?? Infinity) });
  }
}
const base = best.get('overhead');
const kib = BYTES.byteLength / 1024;
console.log(`body: ${BYTES.byteLength} bytes, ${BODY.messages.length} messages; ${ITERATIONS} bodies per configuration, best of ${ROUNDS} interleaved rounds; node ${process.version}; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
console.log(`context + stage overhead (subtracted): ${base.cpu.toFixed(2)} µs CPU, ${base.wall.toFixed(2)} µs wall`);
console.log(`${'configuration'.padEnd(36)} ${'CPU µs'.padStart(8)} ${'wall µs'.padStart(8)} ${'CPU µs/KiB'.padStart(11)}  (per body)`);
for (const name of Object.keys(CONFIGS)) {
  const r = best.get(name);
  const cpu = r.cpu - base.cpu;
  console.log(`${name.padEnd(36)} ${cpu.toFixed(2).padStart(8)} ${(r.wall - base.wall).toFixed(2).padStart(8)} ${(cpu / kib).toFixed(2).padStart(11)}`);
}
