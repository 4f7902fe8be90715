// What the three benchmark apps have in common: the route, the answer, the policy, the audit logger and the
// child-process protocol run.js speaks. Keeping it in one place is what makes the frameworks comparable.
import { createHash, createPublicKey, timingSafeEqual } from 'node:crypto';
import { writeHeapSnapshot } from 'node:v8';
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import jwt from 'jsonwebtoken';
import winston from 'winston';

export const PATH = '/v1/chat/completions';
/** Where runs write results and callgrind files (`BENCH_RESULTS_DIR` keeps one run's apart from the next). */
export const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ? resolve(process.env.BENCH_RESULTS_DIR) : join(dirname(fileURLToPath(import.meta.url)), '..', 'results');
// `nolimits`: Tollgate with the same policy minus its limits, to isolate what counting costs (BENCH_LIMITS=1).
// `validate`: the bare app with its JSON parser replaced by validate() with constraints and both guards.
// `loaded`: the bare app, with Tollgate loaded and an auth-key gate made but not mounted: what its code and
// data cost a server (a bigger heap for every major GC to mark) before it does anything.
// `auth-handwritten` and `jwt-handwritten`: the bare app with the API-key or cached-JWT check a team would write
// itself (see handwrittenCheck), to read auth-key and auth-jwt against: what authenticating costs without Tollgate.
export const MODES = ['bare', 'tollgate', 'auth-key', 'auth-jwt', 'nolimits', 'validate', 'loaded', 'auth-handwritten', 'jwt-handwritten'];
/** Modes served by the bare app with one part of it swapped or added; the rest run the gated app. */
export const BARE_APP_MODES = ['bare', 'loaded', 'auth-handwritten', 'jwt-handwritten', 'auth-key', 'auth-jwt', 'validate'];
/** Modes whose credential check is hand-written, without Tollgate: baselines, with no target of their own. */
export const HANDWRITTEN_MODES = ['auth-handwritten', 'jwt-handwritten'];
/** Modes sent the JWT instead of the API key, and compared with a bare server sent the JWT too. */
export const JWT_MODES = ['auth-jwt', 'jwt-handwritten'];
const loaded = [];
/** Keeps a gate that is made but not used alive for the life of the server (mode `loaded`). */
export function keepLoaded(gate) {
  loaded.push(gate);
}

/** Modes whose server writes an audit line per request (run.js checks them against what it answered). */
export const GATED_AUDIT_MODES = ['tollgate', 'nolimits'];

/** Modes that mount only Tollgate's auth() in front of the bare app, to price authentication alone. */
export const AUTH_ONLY_MODES = ['auth-key', 'auth-jwt'];

/** `node apps/<fw>.js <mode> <port>`, falling back to BENCH_MODE / BENCH_PORT; port 0 picks a free one. */
export function cliOptions(argv = process.argv.slice(2), env = process.env) {
  const mode = argv[0] ?? env.BENCH_MODE ?? 'bare';
  const port = Number(argv[1] ?? env.BENCH_PORT ?? 0);
  if (!MODES.includes(mode)) throw new Error(`mode must be one of ${MODES.join(', ')}, got "${mode}"`);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port "${argv[1] ?? env.BENCH_PORT}"`);
  return { mode, port };
}

/** True when `moduleUrl` is the script node was started with (the app runs itself, not imported). */
export function isMain(moduleUrl) {
  return process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === moduleUrl;
}

/** The bare apps' stand-in for auth: a real handler still refuses a request without credentials. */
export function hasBearer(authorization) {
  return typeof authorization === 'string' && authorization.length > 7 && authorization.slice(0, 7).toLowerCase() === 'bearer ';
}

/** The hand-written credential check of `mode` (one of HANDWRITTEN_MODES): authorization header in, principal or undefined out. */
export function handwrittenCheck(mode, env = process.env) {
  if (mode === 'auth-handwritten') return handwrittenKeyCheck(env);
  if (mode === 'jwt-handwritten') return handwrittenJwtCheck(env);
  throw new Error(`no hand-written check for mode "${mode}"`);
}

/**
 * `auth-handwritten`: the API-key check a team would write by hand, with what the issue asks of any key check
 * and nothing more: take the Bearer token, find the record by the key's visible id, hash the key with SHA-256
 * and compare digests in constant time. No metadata, expiry, revocation, trace or audit.
 */
function handwrittenKeyCheck(env) {
  const id = env.BENCH_KEY_ID;
  const hash = env.BENCH_KEY_HASH;
  if (!id || !hash) throw new Error('auth-handwritten mode needs BENCH_KEY_ID and BENCH_KEY_HASH (run.js sets them)');
  const records = new Map([[id, { principal: 'bench', digest: Buffer.from(hash.slice('sha256:'.length), 'hex') }]]);
  return (authorization) => {
    if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) return undefined;
    const key = authorization.slice(7);
    const record = records.get(key.split('_')[2]);
    if (record === undefined) return undefined;
    const digest = createHash('sha256').update(key).digest();
    return timingSafeEqual(digest, record.digest) ? record.principal : undefined;
  };
}

/**
 * `jwt-handwritten`: the cached JWT check a team would write by hand. jsonwebtoken verifies a token the first
 * time (RS256 only, issuer and audience, the key prepared once as a KeyObject) and a Map keyed by the token
 * answers it until its `exp`; the Map is emptied when it reaches 10,000 tokens rather than kept as an LRU.
 * No size cap, `crit` check, claim mapping, trace or audit.
 */
function handwrittenJwtCheck(env) {
  const pem = env.BENCH_JWT_PUBLIC_KEY;
  if (!pem) throw new Error('jwt-handwritten mode needs BENCH_JWT_PUBLIC_KEY (run.js sets it)');
  const key = createPublicKey(pem);
  const options = { algorithms: ['RS256'], issuer: BENCH_JWT_ISSUER, audience: BENCH_JWT_AUDIENCE };
  const verified = new Map();
  return (authorization) => {
    if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) return undefined;
    const token = authorization.slice(7);
    const hit = verified.get(token);
    if (hit !== undefined) {
      if (hit.exp > Date.now() / 1000) return hit.sub;
      verified.delete(token);
      return undefined;
    }
    let claims;
    try {
      claims = jwt.verify(token, key, options);
    } catch {
      return undefined;
    }
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return undefined;
    if (verified.size >= 10_000) verified.clear();
    verified.set(token, { sub: claims.sub, exp: claims.exp });
    return claims.sub;
  };
}

export const UNAUTHORIZED = { error: { message: 'Missing bearer token', type: 'invalid_request_error', code: 'unauthorized' } };
export const BAD_REQUEST = { error: { message: 'Body must be a JSON object with a model', type: 'invalid_request_error', code: 'bad_request' } };

let sequence = 0;

/**
 * The answer both modes send: a small OpenAI chat.completion built from the parsed body, so the handler must
 * actually have the body (a bench that never touches it would flatter whichever mode skips parsing).
 */
export function completion(body) {
  return {
    id: `chatcmpl-bench${++sequence}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    system_fingerprint: 'fp_tollgate_bench',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: 'Sure: the capital of France is Paris.', refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 212, completion_tokens: 9, total_tokens: 221 },
  };
}

/** Usage as a real handler would report it after the upstream call, so it lands in the audit line. */
export function usageOf(answer) {
  return { model: answer.model, inputTokens: answer.usage.prompt_tokens, outputTokens: answer.usage.completion_tokens };
}

/**
 * The policy under test: one route with API-key auth, a limit that never trips (we measure the cost of
 * counting, not of refusing) and schema validation. Keys come from run.js so bench and servers agree.
 */
export function benchPolicy(env = process.env, mode = 'tollgate') {
  const id = env.BENCH_KEY_ID;
  const hash = env.BENCH_KEY_HASH;
  if (!id || !hash) throw new Error('tollgate mode needs BENCH_KEY_ID and BENCH_KEY_HASH (run.js sets them)');
  return {
    version: 1,
    keys: { inline: [{ id, hash, principal: 'bench' }] },
    routes: [
      {
        id: 'chat',
        match: { method: 'POST', path: PATH },
        ...(mode === 'nolimits' ? {} : { limits: [{ name: 'rpm', requests: 1e9, window: '1m' }] }),
        validate: env.BENCH_GUARDS === '1' ? GUARDED_VALIDATE : { schema: 'openai.chat' },
      },
    ],
  };
}

/** `BENCH_GUARDS=1`: the route also applies constraints and both content guards (see guards.js). */
const GUARDED_VALIDATE = {
  schema: 'openai.chat',
  constraints: { models: ['gpt-4o-mini'], maxTokens: 1024, maxTokensAction: 'clamp', maxN: 2, maxMessages: 64, maxMessageChars: 8000, tools: ['get_booking'] },
  guards: { injection: { action: 'block', roles: ['user', 'tool'] }, pii: { action: 'mask' } },
};

/**
 * Validation alone (`validate` mode): the bare app with its body parser replaced by validate() — the
 * openai.chat schema, constraints and both content guards, as with BENCH_GUARDS=1. The bare app's own
 * credential check stays, so the two apps differ only in how the body is read and checked.
 */
export function validateOnlyPolicy() {
  return {
    version: 1,
    defaults: { auth: false },
    routes: [{ id: 'chat', match: { method: 'POST', path: PATH }, auth: false, validate: GUARDED_VALIDATE }],
  };
}

/**
 * Authentication alone: the bare app with its credential check replaced by auth(). `auth-key` checks an API
 * key; `auth-jwt` verifies an RS256 JWT (one token, so every request after the first is a cache hit, as for
 * a client reusing its access token).
 */
export function authOnlyPolicy(mode, env = process.env) {
  const id = env.BENCH_KEY_ID;
  const hash = env.BENCH_KEY_HASH;
  const publicKey = env.BENCH_JWT_PUBLIC_KEY;
  if (!id || !hash || !publicKey) throw new Error(`${mode} mode needs BENCH_KEY_ID, BENCH_KEY_HASH and BENCH_JWT_PUBLIC_KEY (run.js sets them)`);
  return {
    version: 1,
    keys: { inline: [{ id, hash, principal: 'bench' }] },
    jwt: { algorithms: ['RS256'], publicKey, issuer: BENCH_JWT_ISSUER, audience: BENCH_JWT_AUDIENCE },
    defaults: { auth: { methods: mode === 'auth-jwt' ? ['jwt'] : ['apiKey'] } },
  };
}

export const BENCH_JWT_ISSUER = 'https://idp.bench.test';
export const BENCH_JWT_AUDIENCE = 'https://api.bench.test';

/**
 * Production-style audit logging: one JSON line per request written to a file through a Node write stream.
 * `BENCH_AUDIT_FORMAT` picks the path: `stream` (default) hands the file stream to Tollgate's `auditStream`
 * option; `tollgate` goes through a winston logger with Tollgate's own format (`auditJsonFormat`, what its
 * default logger uses); `winston` through winston's stock timestamp() + json(), which many apps configure.
 * `options` is what to spread into createGate().
 */
export function auditLogger(file, core = {}, env = process.env) {
  const style = env.BENCH_AUDIT_FORMAT || 'stream';
  if (!['stream', 'tollgate', 'winston'].includes(style)) throw new Error(`BENCH_AUDIT_FORMAT must be stream, tollgate or winston, got "${style}"`);
  mkdirSync(dirname(file), { recursive: true });
  const stream = createWriteStream(file, { flags: 'w' });
  const endStream = async () => {
    stream.end();
    await withTimeout(once(stream, 'close'), 5000);
  };
  if (style === 'stream') return { options: { auditStream: stream }, close: endStream };
  const format =
    style === 'tollgate' && core.auditJsonFormat
      ? core.auditJsonFormat()
      : winston.format.combine(winston.format.timestamp(), winston.format.json());
  const transport = new winston.transports.Stream({ stream });
  const logger = winston.createLogger({ level: 'info', format, transports: [transport] });
  return {
    options: { logger },
    async close() {
      // Ending the logger ends its transports; only then can the file stream be ended without losing lines.
      const transportDone = once(transport, 'finish');
      logger.end();
      await withTimeout(transportDone, 2000);
      await endStream();
    },
  };
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
}

/** Where a gated server writes its audit lines: one file per framework and mode, as their servers run side by side. */
export function auditFile(framework, mode, env = process.env) {
  return env.BENCH_AUDIT_FILE ?? join(RESULTS_DIR, `audit-${framework}-${mode}.jsonl`);
}

/**
 * Runs a started server as run.js's child: reports the bound port over IPC, answers CPU-usage probes (so
 * run.js can tell a saturated server from a saturated load generator) and shuts down cleanly on SIGTERM,
 * which is also what lets `--cpu-prof` write its profile.
 */
export function serveAsChild({ framework, mode, server, close }) {
  const announce = () => {
    const { port } = server.address();
    if (process.send) process.send({ type: 'listening', framework, mode, port, pid: process.pid });
    else console.log(`${framework} (${mode}) listening on http://127.0.0.1:${port}${PATH}`);
  };
  if (server.listening) announce();
  else server.once('listening', announce);

  process.on('message', (message) => {
    if (message?.type === 'cpu') process.send({ type: 'cpu', id: message.id, usage: process.cpuUsage(), rss: process.memoryUsage.rss() });
    // The heap a server keeps alive: after full GCs when node runs with --expose-gc (heap.js), else as it stands.
    if (message?.type === 'heap') {
      for (let i = 0; i < 3; i++) globalThis.gc?.();
      const snapshot = process.env.BENCH_HEAP_SNAPSHOT ? writeHeapSnapshot(process.env.BENCH_HEAP_SNAPSHOT.replace('%m', mode)) : undefined;
      process.send({ type: 'heap', id: message.id, heapUsed: process.memoryUsage().heapUsed, collected: typeof globalThis.gc === 'function', snapshot });
    }
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections?.();
    try {
      await close?.();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // An orphaned server would hold its port and a core: leave with the parent.
  process.on('disconnect', stop);
}
