import { pathToRegexp } from 'path-to-regexp';
import { compileAuth, type CompiledAuth } from './auth/authenticate.js';
import type { KeyStore } from './auth/api-keys.js';
import type { Authenticators } from './auth/token-auth.js';
import { compileLimits, compileRule, type CompiledLimits } from './limits/request-limits.js';
import type { LimitStores } from './limits/stores.js';
import type { LimitRule, Mode, PolicyDocument, RoutePolicy, RouteSettings } from './policy/types.js';
import { bodyIntake, compileValidate, type CompiledValidate } from './validate/validate-body.js';
import type { SchemaRegistry } from './validate/schema-registry.js';

/** A route's policy, compiled once: everything a request needs is prepared here, not per request. */
export interface CompiledRoute {
  readonly id: string;
  readonly mode: Mode;
  readonly auth: CompiledAuth | null;
  readonly limits: CompiledLimits | null;
  readonly validate: CompiledValidate | null;
}

interface Matcher {
  readonly methods: ReadonlySet<string> | null;
  readonly regexp: RegExp;
  readonly route: CompiledRoute;
}

export interface CompileEnv {
  readonly keys: KeyStore;
  readonly schemas: SchemaRegistry;
  readonly realm: string;
  /** JWT / introspection authenticators, built once by the gate. */
  readonly authenticators?: Authenticators;
  /** Where the policy came from, for error messages. */
  readonly where: string;
  /** Stores limit counters live in. */
  readonly limitStores: LimitStores;
}

/** The compiled route table: match by method and path, or select by id. */
export class RouteTable {
  readonly #matchers: Matcher[] = [];
  readonly #byId = new Map<string, CompiledRoute>();
  readonly fallback: CompiledRoute;

  constructor(doc: PolicyDocument, env: CompileEnv) {
    const defaults = doc.defaults ?? {};
    const rules = new Map<LimitRule, ReturnType<typeof compileRule>>();
    const compile = (id: string, settings: RouteSettings, where: string): CompiledRoute => {
      const merged = { ...defaults, ...stripUndefined(settings) };
      const limitRules = (merged.limits ?? []).map((rule) => {
        let compiled = rules.get(rule);
        if (!compiled) {
          compiled = compileRule(rule, `tg:${settings === defaults ? 'defaults' : id}`, env.limitStores, `${where} limits`);
          rules.set(rule, compiled);
        }
        return compiled;
      });
      return {
        id,
        mode: merged.mode ?? 'enforce',
        auth: merged.auth === false ? null : compileAuth(merged.auth ?? {}, env.keys, env.realm, env.authenticators),
        limits: compileLimits(limitRules, env.limitStores, bodyIntake(merged.validate)),
        validate: merged.validate ? compileValidate(merged.validate, env.schemas, where) : null,
      };
    };
    this.fallback = compile('default', defaults, `${env.where} defaults`);
    (doc.routes ?? []).forEach((route: RoutePolicy, i) => {
      const compiled = compile(route.id, route, `${env.where} routes[${i}] (${route.id})`);
      this.#byId.set(route.id, compiled);
      if (route.match) {
        const methods = route.match.method === undefined ? null : [route.match.method].flat().map((m) => m.toUpperCase());
        this.#matchers.push({
          methods: methods ? new Set(methods) : null,
          regexp: pathToRegexp(route.match.path).regexp,
          route: compiled,
        });
      }
    });
  }

  byId(id: string): CompiledRoute | undefined {
    return id === 'default' && !this.#byId.has(id) ? this.fallback : this.#byId.get(id);
  }

  ids(): string[] {
    return [...this.#byId.keys()];
  }

  match(method: string, path: string): CompiledRoute {
    for (const m of this.#matchers) {
      if ((m.methods === null || m.methods.has(method)) && m.regexp.test(path)) return m.route;
    }
    return this.fallback;
  }
}

function stripUndefined(settings: RouteSettings): RouteSettings {
  const out: RouteSettings = {};
  if (settings.mode !== undefined) out.mode = settings.mode;
  if (settings.auth !== undefined) out.auth = settings.auth;
  if (settings.limits !== undefined) out.limits = settings.limits;
  if (settings.validate !== undefined) out.validate = settings.validate;
  return out;
}
