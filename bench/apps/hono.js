// Hono on @hono/node-server for the benchmark: `node apps/hono.js <bare|tollgate|auth-key|auth-jwt> [port]`.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import {
  BAD_REQUEST,
  PATH,
  UNAUTHORIZED,
  auditFile,
  AUTH_ONLY_MODES,
  auditLogger,
  authOnlyPolicy,
  benchPolicy,
  cliOptions,
  completion,
  hasBearer,
  isMain,
  serveAsChild,
  usageOf,
} from './shared.js';

export async function start({ mode, port = 0, host = '127.0.0.1' }) {
  const app = new Hono();
  let close;

  if (mode === 'bare' || AUTH_ONLY_MODES.includes(mode)) {
    if (mode === 'bare') {
      app.use(async (c, next) => {
        if (!hasBearer(c.req.header('authorization'))) return c.json(UNAUTHORIZED, 401);
        await next();
      });
    } else {
      const [{ createGate }, { tollgate }] = await Promise.all([import('@tollgate/core'), import('@tollgate/hono')]);
      app.use(tollgate(createGate({ policy: authOnlyPolicy(mode) })).auth());
    }
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
    const audit = auditLogger(auditFile('hono'), core);
    close = audit.close;
    const tg = tollgate(core.createGate({ policy: benchPolicy(process.env, mode), logger: audit.logger }));
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

if (isMain(import.meta.url)) {
  const { mode, port } = cliOptions();
  const { server, close } = await start({ mode, port });
  serveAsChild({ framework: 'hono', mode, server, close });
}
