import { RequestContext, type TollgateContext } from '../../context.js';
import { unmaskSseTap } from './mask.js';

/**
 * A TransformStream for an SSE response that swaps the PII guard's placeholders (`[EMAIL_1]`) back to the
 * caller's values, placeholders split across chunks or events included. A pass-through when nothing was masked.
 * @example return new Response(upstream.body.pipeThrough(unmaskTap(c.get('tollgate'))), { headers })
 */
export function unmaskTap(ctx: TollgateContext): TransformStream<Uint8Array, Uint8Array> {
  const table = ctx instanceof RequestContext ? ctx.masks : undefined;
  return table && table.size > 0 ? unmaskSseTap(table) : new TransformStream<Uint8Array, Uint8Array>();
}
