import { startUpstream } from './server.js';

const DEFAULT_PORT = 8787;

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

const upstream = await startUpstream({
  port: numberFromEnv('PORT', DEFAULT_PORT),
  host: process.env.HOST || '127.0.0.1',
  latencyMs: numberFromEnv('LATENCY_MS', 0),
});
console.log(`Upstream (OpenAI + Anthropic stand-in) listening on ${upstream.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void upstream.close().then(() => process.exit(0));
  });
}
