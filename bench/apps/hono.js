// Hono on @hono/node-server for the benchmark: `node apps/hono.js <bare|tollgate|auth-key|auth-jwt> [port]`.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import {
  BAD_REQUEST,
  PATH,
  UNAUTHORIZED,
  auditFile,
  AUTH_ONLY_MODES,
  BARE_APP_MODES,
  auditLogger,
  authOnlyPolicy,
  benchPolicy,
  cliOptions,
  handwrittenCheck,
  HANDWRITTEN_MODES,
  completion,
  hasBearer,
  isMain,
  keepLoaded,
  serveAsChild,
  usageOf,
  validateOnlyPolicy,
} from './shared.js';

export async function start({ mode, port = 0, host = '127.0.0.1' }) {
  const app = new Hono();
  let close;

  if (BARE_APP_MODES.includes(mode)) {
    const tg = mode === 'bare' || HANDWRITTEN_MODES.includes(mode) ? undefined : await single(mode === 'loaded' ? 'auth-key' : mode);
    if (mode === 'loaded') keepLoaded(tg);
    if (AUTH_ONLY_MODES.includes(mode)) app.use(tg.auth());
    else if (HANDWRITTEN_MODES.includes(mode)) {
      const check = handwrittenCheck(mode);
      app.use(async (c, next) => {
        const user = check(c.req.header('authorization'));
        if (user === undefined) return c.json(UNAUTHORIZED, 401);
        c.set('user', user);
        await next();
      });
    } else {
      app.use(async (c, next) => {
        if (!hasBearer(c.req.header('authorization'))) return c.json(UNAUTHORIZED, 401);
        await next();
      });
    }
    // validate mode: c.req.json() below answers from the body cache validate() filled.
    if (mode === 'validate') app.post(PATH, tg.validate());
    app.post(PATH, async (c) => {
      let body;
      try {
        body = await c.req.json();
      } catch {
        return c.json(BAD_REQUEST, 400);
      }
      if (typeof body?.model !== 'string') return c.json(BAD_REQUEST, 400);
      return c.json(completion(body));
    });
  } else {
    const [core, { tollgate }] = await Promise.all([import('@tollgate/core'), import('@tollgate/hono')]);
    const audit = auditLogger(auditFile('hono', mode), core);
    close = audit.close;
    const tg = tollgate(core.createGate({ policy: benchPolicy(process.env, mode), ...audit.options }));
    app.use(tg.logger());
    app.use(tg.auth());
    app.post(PATH, tg.rateLimit(), tg.validate(), (c) => {
      const gate = c.get('tollgate');
      const answer = completion(gate.body);
      gate.settle(usageOf(answer));
      return c.json(answer);
    });
  }

  const server = serve({ fetch: app.fetch, port, hostname: host });
  if (!server.listening) await new Promise((resolve, reject) => server.once('error', reject).once('listening', resolve));
  return { server, close };
}

/** Tollgate for a single-stage mode: auth-key / auth-jwt or validate. */
async function single(mode) {
  const [{ createGate }, { tollgate }] = await Promise.all([import('@tollgate/core'), import('@tollgate/hono')]);
  return tollgate(createGate({ policy: mode === 'validate' ? validateOnlyPolicy() : authOnlyPolicy(mode) }));
}

if (isMain(import.meta.url)) {
  const { mode, port } = cliOptions();
  const { server, close } = await start({ mode, port });
  serveAsChild({ framework: 'hono', mode, server, close });
}
