// Express 5 app for the benchmark: `node apps/express.js <bare|tollgate|auth-key|auth-jwt> [port]`.
import { createServer } from 'node:http';
import express from 'express';
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
  const app = express();
  app.disable('x-powered-by');
  let close;

  if (BARE_APP_MODES.includes(mode)) {
    // The same shape as the gated app: a global credential check, then a per-route body parser and handler.
    const tg = mode === 'bare' || HANDWRITTEN_MODES.includes(mode) ? undefined : await single(mode === 'loaded' ? 'auth-key' : mode);
    if (mode === 'loaded') keepLoaded(tg);
    if (AUTH_ONLY_MODES.includes(mode)) app.use(tg.auth());
    else if (HANDWRITTEN_MODES.includes(mode)) {
      const check = handwrittenCheck(mode);
      app.use((req, res, next) => {
        const user = check(req.headers.authorization);
        if (user === undefined) return res.status(401).json(UNAUTHORIZED);
        res.locals.user = user;
        next();
      });
    } else app.use((req, res, next) => (hasBearer(req.headers.authorization) ? next() : res.status(401).json(UNAUTHORIZED)));
    app.post(PATH, mode === 'validate' ? tg.validate() : express.json({ limit: '1mb' }), (req, res) => {
      if (typeof req.body?.model !== 'string') return res.status(400).json(BAD_REQUEST);
      res.json(completion(req.body));
    });
  } else {
    const [core, { tollgate }] = await Promise.all([import('@tollgate/core'), import('@tollgate/express')]);
    const audit = auditLogger(auditFile('express', mode), core);
    close = audit.close;
    const tg = tollgate(core.createGate({ policy: benchPolicy(process.env, mode), ...audit.options }));
    app.use(tg.logger());
    app.use(tg.auth());
    // No express.json(): validate() reads the body itself and hands the checked value on as req.body.
    app.post(PATH, tg.rateLimit(), tg.validate(), (req, res) => {
      const answer = completion(req.body);
      req.tollgate.settle(usageOf(answer));
      res.json(answer);
    });
  }

  const server = createServer(app);
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return { server, close };
}

/** Tollgate for a single-stage mode: auth-key / auth-jwt or validate. */
async function single(mode) {
  const [{ createGate }, { tollgate }] = await Promise.all([import('@tollgate/core'), import('@tollgate/express')]);
  return tollgate(createGate({ policy: mode === 'validate' ? validateOnlyPolicy() : authOnlyPolicy(mode) }));
}

if (isMain(import.meta.url)) {
  const { mode, port } = cliOptions();
  const { server, close } = await start({ mode, port });
  serveAsChild({ framework: 'express', mode, server, close });
}
