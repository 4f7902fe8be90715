// Koa 3 app for the benchmark: `node apps/koa.js <bare|tollgate|auth-key|auth-jwt> [port]`.
import { createServer } from 'node:http';
import Koa from 'koa';
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

const MAX_BODY = 1024 * 1024;

/**
 * Koa has no router and the bench adds no dependencies, so both modes route with this: run `stack` for one
 * method and path, otherwise fall through. Identical in both modes, so it cancels out of the ratio.
 */
function route(method, path, ...stack) {
  return (ctx, next) => {
    if (ctx.method !== method || ctx.path !== path) return next();
    const dispatch = (i) => (i === stack.length ? Promise.resolve() : Promise.resolve(stack[i](ctx, () => dispatch(i + 1))));
    return dispatch(0);
  };
}

/** What koa-bodyparser would do for JSON, minus the dependency: buffer under a cap, then JSON.parse. */
function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(Object.assign(new Error('body too large'), { status: 413 }));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks, size).toString('utf8')));
      } catch {
        reject(Object.assign(new Error('malformed JSON'), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

export async function start({ mode, port = 0, host = '127.0.0.1' }) {
  const app = new Koa();
  let close;

  if (BARE_APP_MODES.includes(mode)) {
    const tg = mode === 'bare' || HANDWRITTEN_MODES.includes(mode) ? undefined : await single(mode === 'loaded' ? 'auth-key' : mode);
    if (mode === 'loaded') keepLoaded(tg);
    if (AUTH_ONLY_MODES.includes(mode)) app.use(tg.auth());
    else if (HANDWRITTEN_MODES.includes(mode)) {
      const check = handwrittenCheck(mode);
      app.use(async (ctx, next) => {
        const user = check(ctx.get('authorization'));
        if (user === undefined) {
          ctx.status = 401;
          ctx.body = UNAUTHORIZED;
          return;
        }
        ctx.state.user = user;
        await next();
      });
    } else {
      app.use(async (ctx, next) => {
        if (!hasBearer(ctx.get('authorization'))) {
          ctx.status = 401;
          ctx.body = UNAUTHORIZED;
          return;
        }
        await next();
      });
    }
    app.use(
      route(
        'POST',
        PATH,
        mode === 'validate'
          ? tg.validate()
          : async (ctx, next) => {
              ctx.request.body = await readJson(ctx.req);
              await next();
            },
        (ctx) => {
          const body = ctx.request.body;
          if (typeof body?.model !== 'string') {
            ctx.status = 400;
            ctx.body = BAD_REQUEST;
            return;
          }
          ctx.body = completion(body);
        },
      ),
    );
  } else {
    const [core, { tollgate }] = await Promise.all([import('@tollgate/core'), import('@tollgate/koa')]);
    const audit = auditLogger(auditFile('koa', mode), core);
    close = audit.close;
    const tg = tollgate(core.createGate({ policy: benchPolicy(process.env, mode), ...audit.options }));
    app.use(tg.logger());
    app.use(tg.auth());
    app.use(
      route('POST', PATH, tg.rateLimit(), tg.validate(), (ctx) => {
        const answer = completion(ctx.request.body);
        ctx.state.tollgate.settle(usageOf(answer));
        ctx.body = answer;
      }),
    );
  }

  const server = createServer(app.callback());
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return { server, close };
}

/** Tollgate for a single-stage mode: auth-key / auth-jwt or validate. */
async function single(mode) {
  const [{ createGate }, { tollgate }] = await Promise.all([import('@tollgate/core'), import('@tollgate/koa')]);
  return tollgate(createGate({ policy: mode === 'validate' ? validateOnlyPolicy() : authOnlyPolicy(mode) }));
}

if (isMain(import.meta.url)) {
  const { mode, port } = cliOptions();
  const { server, close } = await start({ mode, port });
  serveAsChild({ framework: 'koa', mode, server, close });
}
