import { IncomingMessage, type ServerResponse } from 'node:http';
import type { CompiledRoute, RequestContext, TollgateContext } from '@tollgate/core';

type Ctx = RequestContext<CompiledRoute>;

// Symbol.for: two copies of this package in one process (the getter below is defined once) share the keys.
const OWNER = Symbol.for('tollgate.slot.request');
const OWNER_RES = Symbol.for('tollgate.slot.response');
const CONTEXT = Symbol.for('tollgate.slot.context');

/** What a socket carries once it served a gated request; `_httpMessage` is Node's own. */
interface SlotHolder {
  [OWNER]?: IncomingMessage;
  [OWNER_RES]?: ServerResponse;
  [CONTEXT]?: Ctx;
  _httpMessage?: unknown;
}

/**
 * Where an Express request's Tollgate context lives, without adding properties to `req`.
 *
 * Express gives each `req` a new prototype (`Object.setPrototypeOf`), and after that V8 gives every request its
 * own hidden class: each property added to `req` then allocates a new map and a copy of its ~40-entry
 * descriptor array (about 1 KB), and every property read on `req` misses V8's inline caches. So the context goes
 * on the request's socket, whose hidden class stays shared, tagged with the request it belongs to: finding it
 * is one read of `req.socket` and an identity check.
 *
 * The socket holds the request whose response it is writing (Node's `socket._httpMessage`). A request that
 * arrives while an earlier one on the connection is still being answered (HTTP pipelining; HTTP/2 streams
 * sharing a session socket) keeps its context aside in a WeakMap. When the next request on a keep-alive
 * connection takes the socket over, the previous context moves to that request's `res.locals`, because
 * application code may still read its `req.tollgate` (say, to settle() after an awaited write). Neither goes
 * in the WeakMap in the common case: V8's scavenger keeps a WeakMap's entries alive until the next full GC, and
 * promoting every request to old space cost Express more than the properties the slot avoids. An idle
 * keep-alive connection holds on to its last request until the next one or until it closes (Node's
 * `keepAliveTimeout`, 5 s by default), as the request itself holds on to its socket.
 */
// Shared by every gate in the process, like the context itself: the first Tollgate middleware to see a request
// makes its context, and every later one (of any gate) and the `req.tollgate` getter find it.
const spilled = new WeakMap<IncomingMessage, Ctx>();

type Locals = Record<symbol, Ctx | undefined>;

/** The context bound to `req` (`res`: its response, when the caller has it at hand), if any. */
export function boundContext(req: IncomingMessage, res?: ServerResponse): Ctx | undefined {
  const holder = req.socket as (SlotHolder & object) | null;
  if (holder && holder[OWNER] === req) return holder[CONTEXT];
  const aside = spilled.get(req);
  if (aside !== undefined) return aside;
  // A request the socket is answering right now is new here: only an earlier one can have moved to res.locals.
  if (holder && res !== undefined && holder._httpMessage === res) return undefined;
  return localsOf(res ?? (req as { res?: ServerResponse }).res)?.[CONTEXT];
}

/** Binds `ctx` to `req` for the rest of its life. */
export function bindContext(req: IncomingMessage, res: ServerResponse, ctx: Ctx): void {
  const holder = req.socket as (SlotHolder & object) | null;
  if (!holder || holder._httpMessage !== res) {
    spilled.set(req, ctx);
    return;
  }
  const owner = holder[OWNER];
  if (owner !== undefined && owner !== req) {
    // HTTP/1.1 answers in order: the socket writing this response has finished every earlier one.
    const locals = localsOf(holder[OWNER_RES]);
    if (locals) locals[CONTEXT] = holder[CONTEXT];
    else spilled.set(owner, holder[CONTEXT] as Ctx);
  }
  holder[OWNER] = req;
  holder[OWNER_RES] = res;
  holder[CONTEXT] = ctx;
}

function localsOf(res: ServerResponse | undefined): Locals | undefined {
  const locals = (res as { locals?: unknown } | undefined)?.locals;
  return typeof locals === 'object' && locals !== null ? (locals as Locals) : undefined;
}

/** The request prototype exposeOnPrototype() last found (or defined) the getter on. */
let lastExposed: object | null = null;

/**
 * Makes `req.tollgate` a getter on Express's own request prototype (the one just above IncomingMessage's,
 * shared by every app and sub-app), the way Express defines `req.query` or `req.hostname`. Returns false when
 * `req` was not set up by Express, so the caller assigns a plain property instead.
 */
export function exposeOnPrototype(req: IncomingMessage): boolean {
  let proto = Object.getPrototypeOf(req) as object | null;
  // Every request of an app has the same prototype: the walk below runs once per app, not per request.
  if (proto === lastExposed) return true;
  if (proto === IncomingMessage.prototype) return false;
  const own = proto;
  while (proto && Object.getPrototypeOf(proto) !== IncomingMessage.prototype) proto = Object.getPrototypeOf(proto) as object | null;
  if (!proto) return false;
  if (!Object.prototype.hasOwnProperty.call(proto, 'tollgate')) {
    Object.defineProperty(proto, 'tollgate', {
      configurable: true,
      enumerable: false,
      get(this: IncomingMessage): TollgateContext | undefined {
        return boundContext(this);
      },
      // Application code that assigns req.tollgate gets an ordinary own property, as it would without the getter.
      set(this: IncomingMessage, value: unknown) {
        Object.defineProperty(this, 'tollgate', { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  lastExposed = own;
  return true;
}

