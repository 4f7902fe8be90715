import type { Context } from 'hono';
import type { ModelInfo } from './wire.js';

/** A fixed catalogue with fixed dates, so the listing is identical on every run. */
const MODELS: ModelInfo[] = [
  { type: 'model', id: 'claude-sonnet-4-5', display_name: 'Claude Sonnet 4.5', created_at: '2025-09-29T00:00:00Z' },
  { type: 'model', id: 'claude-haiku-4-5', display_name: 'Claude Haiku 4.5', created_at: '2025-10-15T00:00:00Z' },
];

/** `GET /v1/models` (Anthropic flavour): a single page, so the SDK's pager stops after it. */
export function listAnthropicModels(c: Context): Response {
  return c.json({ data: MODELS, has_more: false, first_id: MODELS[0]?.id ?? null, last_id: MODELS.at(-1)?.id ?? null });
}
