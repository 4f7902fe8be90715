// What run.js (throughput) and instructions.js (callgrind counts) share: the credentials, the request, the child
// servers and the checks that a server answers what a real client expects. Both measure the same apps and
// requests only as long as they take them from here.
import { fork } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { once } from 'node:events';
import autocannon from 'autocannon';
import { CHAT_REQUEST } from './payload.js';
import { AUTH_ONLY_MODES, BENCH_JWT_AUDIENCE, BENCH_JWT_ISSUER, HANDWRITTEN_MODES, JWT_MODES, PATH, auditFile } from './apps/shared.js';

export class BenchError extends Error {}

/** Every server started and not yet exited: the caller kills what is left when it stops early. */
export const children = new Set();

export async function importCore() {
  try {
    return await import('@tollgate/core');
  } catch (err) {
    throw new BenchError(`cannot load @tollgate/core (${err.message}); build first: npx turbo run build, or use npm run bench at the root`);
  }
}

/** One API key (`key`, `id`, `hash`) and one RS256 JWT (`jwt`, `publicKey`) for a whole run. */
export async function benchCredentials() {
  const { generateApiKey } = await importCore();
  return { ...generateApiKey({ env: 'test' }), ...benchJwt() };
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

/**
 * The bearer credential for a comparison with `mode`: the JWT for JWT_MODES, the API key otherwise. Both sides
 * of a comparison get it, bare included: a JWT makes the headers ~600 bytes longer than an API key.
 */
export function credentialFor(mode, key) {
  return JWT_MODES.includes(mode) ? key.jwt : key.key;
}

export function requestHeaders(credential) {
  return { 'content-type': 'application/json', authorization: `Bearer ${credential}` };
}

/**
 * Starts `apps/<framework>.js <mode> 0` as a child with an IPC channel and resolves once it reports its port.
 * `launcher` runs the app under another program (instructions.js: valgrind), which must pass the IPC
 * descriptor through; `startSeconds` is how long start-up may take, which under valgrind is much longer.
 */
export function startServer(framework, mode, key, { execArgv = [], launcher, startSeconds = 20, onListening } = {}) {
  const child = fork(new URL(`./apps/${framework}.js`, import.meta.url), [mode, '0'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_KEY_ID: key.id,
      BENCH_KEY_HASH: key.hash,
      BENCH_JWT_PUBLIC_KEY: key.publicKey,
      BENCH_AUDIT_FILE: auditFile(framework, mode),
    },
    // fork() runs `execPath ...execArgv script args`: with a launcher, node's path goes last in its arguments.
    ...(launcher ? { execPath: launcher.command, execArgv: [...launcher.args, process.execPath, ...execArgv] } : { execArgv }),
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
    if (message?.type === 'cpu' || message?.type === 'heap') pending.get(message.id)?.({ ...message, at: performance.now() });
  });

  const ask = (type) => {
    const id = ++probes;
    return new Promise((resolve) => {
      pending.set(id, (value) => {
        pending.delete(id);
        resolve(value);
      });
      child.send({ type, id });
    });
  };

  let stopping;
  const server = {
    port: 0,
    pid: child.pid,
    cpu() {
      return ask('cpu');
    },
    heap() {
      return ask('heap');
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
    const timer = setTimeout(() => reject(new BenchError(`${framework} ${mode} server did not start within ${startSeconds} s`)), startSeconds * 1000);
    child.on('message', (message) => {
      if (message?.type !== 'listening') return;
      clearTimeout(timer);
      server.port = message.port;
      onListening?.(child.pid);
      resolve(server);
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new BenchError(`${framework} ${mode} server exited with code ${code} before listening`));
    });
  });
}

/** Kills whatever servers are still running (a bench that failed half-way). */
export function killAll() {
  for (const child of children) child.kill('SIGKILL');
}

/**
 * Before measuring anything: a good request gets the chat.completion, a request without credentials (and, where
 * keys are checked, one with a wrong key) gets 401, and only the gated server carries RateLimit fields. A bench
 * of a misconfigured app measures nothing.
 */
export async function checkServer(server, mode, credential, body) {
  const url = `http://127.0.0.1:${server.port}${PATH}`;
  const ok = await fetch(url, { method: 'POST', headers: requestHeaders(credential), body });
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
  if (AUTH_ONLY_MODES.includes(mode) || HANDWRITTEN_MODES.includes(mode)) {
    // The key's id with another secret, or the token with another signature: a check that only looked the id
    // up, or only decoded the token, would let it in. Ten characters from the end, because the last character
    // of a base64url signature carries padding bits that a decoder may ignore.
    const at = credential.length - 10;
    const forged = credential.slice(0, at) + (credential[at] === 'A' ? 'B' : 'A') + credential.slice(at + 1);
    const wrong = await fetch(url, { method: 'POST', headers: requestHeaders(forged), body });
    await wrong.arrayBuffer();
    if (wrong.status !== 401) throw new BenchError(`${mode} server answered ${wrong.status}, not 401, to a credential with a wrong secret or signature`);
  }
}

/** A bench that measured 401s, errors or timeouts would look very fast: any of them fails the run. */
export function assertAll2xx(result, what) {
  const problems = [];
  if (result['2xx'] === 0) problems.push('no 2xx responses');
  if (result.non2xx > 0) problems.push(`${result.non2xx} non-2xx responses (${JSON.stringify(result.statusCodeStats)})`);
  if (result.errors > 0) problems.push(`${result.errors} errors`);
  if (result.timeouts > 0) problems.push(`${result.timeouts} timeouts`);
  if (problems.length > 0) throw new BenchError(`${what}: ${problems.join(', ')}`);
}

/** Runs a bench script's main(): a BenchError is reported as its message, anything else with its stack. */
export async function runMain(name, main) {
  try {
    await main();
  } catch (err) {
    console.error(`${name} failed: ${err instanceof BenchError ? err.message : err?.stack ?? err}`);
    process.exitCode = 1;
  } finally {
    killAll();
  }
}

/**
 * Loads a server's bench route: `body` POSTed with `credential`, pipelining 1, for `duration` seconds or `amount`
 * requests (autocannon options; `connections` and `timeout` too).
 */
export function loadServer(port, credential, body, options) {
  return autocannon({ url: `http://127.0.0.1:${port}${PATH}`, method: 'POST', headers: requestHeaders(credential), body, pipelining: 1, ...options });
}
