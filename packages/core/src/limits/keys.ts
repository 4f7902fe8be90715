import type { RequestContext } from '../context.js';
import { clientKeyIp } from '../net/address.js';
import type { KeyPart } from '../policy/types.js';

/**
 * Builds a counter key from the request. Each value is percent-encoded, so `:` only ever separates parts and
 * (user `a:b`, route `c`) can never share a counter with (user `a`, route `b:c`) (case 25).
 */
export function limitKey(parts: readonly KeyPart[], ctx: RequestContext): string {
  let key = '';
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) key += ':';
    key += encodeURIComponent(partValue(parts[i] as KeyPart, ctx));
  }
  return key;
}

/** One key part's raw value (before encoding); also the Redis hash tag's value. */
export function partValue(part: KeyPart, ctx: RequestContext): string {
  const p = ctx.principal;
  switch (part) {
    // Tagged so an anonymous caller's IP can never equal a principal's id.
    case 'principal':
      return p ? 'p/' + p.id : 'ip/' + clientKeyIp(ctx.clientIp, ctx.ipv6Subnet);
    case 'tenant':
      return p?.tenant !== undefined ? 't/' + p.tenant : p ? 'p/' + p.id : 'ip/' + clientKeyIp(ctx.clientIp, ctx.ipv6Subnet);
    case 'apiKey':
      return p?.keyId !== undefined ? p.keyId : '-';
    case 'ip':
      return clientKeyIp(ctx.clientIp, ctx.ipv6Subnet);
    case 'route':
      return ctx.routeId;
    // Tagged so a missing model can never equal a model named '-'.
    case 'model': {
      const model = (ctx.body as { model?: unknown } | undefined)?.model;
      return typeof model === 'string' ? 'm/' + model : '-';
    }
  }
}
