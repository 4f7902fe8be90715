// Micro-benchmark: the validate stage on a typical ~2 KB chat body — read, strict UTF-8, safe JSON parse,
// openai.chat schema, constraints, prompt-injection guard and PII guard — measured per body, in process,
// on the built packages (run `npx turbo run build` first). Not part of `npm test`: numbers, no assertions.
//
//   node bench/guards.js            # BENCH_ITERATIONS (default 20000) bodies per configuration
import { availableParallelism, loadavg } from 'node:os';
import { createGate } from '@tollgate/core';
import { CHAT_REQUEST } from './payload.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20000);

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
const BYTES = new TextEncoder().encode(JSON.stringify(BODY));

const route = (validate) => ({
  version: 1,
  defaults: { auth: false },
  routes: [{ id: 'chat', match: { method: 'POST', path: '/v1/chat/completions' }, auth: false, validate }],
});

const CONFIGS = {
  'schema only': { schema: 'openai.chat' },
  'schema + constraints': {
    schema: 'openai.chat',
    constraints: { models: ['gpt-4o-mini'], maxTokens: 1024, maxTokensAction: 'clamp', maxN: 2, maxMessages: 64, maxMessageChars: 8000, tools: ['get_booking'] },
  },
  'schema + constraints + both guards': {
    schema: 'openai.chat',
    constraints: { models: ['gpt-4o-mini'], maxTokens: 1024, maxTokensAction: 'clamp', maxN: 2, maxMessages: 64, maxMessageChars: 8000, tools: ['get_booking'] },
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

async function measure(name, validate) {
  const gate = createGate({ policy: route(validate), logger: silentLogger() });
  const stage = gate.stage('validate', { route: 'chat' });
  const once = async () => {
    const decision = await stage(gate.context(request()));
    if (!decision.allowed) throw new Error(`${name}: the bench body was refused: ${decision.problem.detail}`);
  };
  for (let i = 0; i < 2000; i++) await once(); // warm-up: JIT, ajv's compiled code, regex caches
  return { name, ...(await timed(once)) };
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
  for (let i = 0; i < 2000; i++) await once();
  return timed(once);
}

function silentLogger() {
  return { on() {}, log() {}, error() {} };
}

const base = await baseline();
console.log(`body: ${BYTES.byteLength} bytes, ${BODY.messages.length} messages; ${ITERATIONS} bodies per configuration; node ${process.version}; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
console.log(`context + stage overhead (subtracted): ${base.cpu.toFixed(2)} µs CPU, ${base.wall.toFixed(2)} µs wall`);
console.log(`${'configuration'.padEnd(36)} ${'CPU µs'.padStart(8)} ${'wall µs'.padStart(8)}  (per body)`);
for (const [name, validate] of Object.entries(CONFIGS)) {
  const r = await measure(name, validate);
  console.log(`${name.padEnd(36)} ${(r.cpu - base.cpu).toFixed(2).padStart(8)} ${(r.wall - base.wall).toFixed(2).padStart(8)}`);
}
