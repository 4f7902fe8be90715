import type { Context } from 'hono';
import type { Model } from './wire.js';

/** A fixed catalogue: requests may still name any model, as the upstream echoes whatever it is sent. */
const MODEL_IDS = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-mini', 'text-embedding-3-small', 'text-embedding-3-large'];

/** A fixed date, so the listing is identical on every run. */
const CREATED = 1_715_367_049;

/** `GET /v1/models` (OpenAI flavour) */
export function listOpenAIModels(c: Context): Response {
  const data: Model[] = MODEL_IDS.map((id) => ({ id, object: 'model', created: CREATED, owned_by: 'system' }));
  return c.json({ object: 'list', data });
}
