import type { Context } from 'hono';
import { isPositiveInteger, isRecord, jsonTypeName } from '../content-text.js';
import type { ParsedBody, UpstreamEnv } from '../env.js';
import { simulateLatency } from '../latency.js';
import { estimateTokens } from '../tokens.js';
import { defaultDimensions, embeddingVector, toBase64 } from './embedding-vectors.js';
import type { OpenAIError } from './errors.js';
import { invalidJson, invalidRequest, invalidType, missingParameter, sendOpenAIError } from './errors.js';
import type { EmbeddingList } from './wire.js';

interface EmbeddingRequest {
  readonly model: string;
  /** Each input as text; token-array inputs are keyed by their JSON so they stay deterministic. */
  readonly inputs: readonly { readonly key: string; readonly tokens: number }[];
  readonly dimensions: number;
  readonly base64: boolean;
}

/** `POST /v1/embeddings` */
export async function handleEmbeddings(c: Context<UpstreamEnv>, latencyMs: number): Promise<Response> {
  const parsed = parseEmbeddingRequest(c.get('body'));
  if (!parsed.ok) return sendOpenAIError(c, parsed.error);
  const { model, inputs, dimensions, base64 } = parsed.request;

  const promptTokens = inputs.reduce((sum, input) => sum + input.tokens, 0);
  const response: EmbeddingList = {
    object: 'list',
    data: inputs.map((input, index) => {
      const vector = embeddingVector(input.key, model, dimensions);
      return { object: 'embedding', index, embedding: base64 ? toBase64(vector) : Array.from(vector) };
    }),
    model,
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  };
  await simulateLatency(latencyMs, c.req.raw.signal);
  return c.json(response);
}

function parseEmbeddingRequest(parsed: ParsedBody): { ok: true; request: EmbeddingRequest } | { ok: false; error: OpenAIError } {
  if (!parsed.ok) return { ok: false, error: invalidJson() };
  const body = parsed.value;
  if (!isRecord(body)) return { ok: false, error: invalidType('body', 'an object', jsonTypeName(body)) };

  const { model, input } = body;
  if (model === undefined || model === null || model === '') return { ok: false, error: missingParameter('model') };
  if (typeof model !== 'string') return { ok: false, error: invalidType('model', 'a string', jsonTypeName(model)) };
  if (input === undefined || input === null) return { ok: false, error: missingParameter('input') };

  const inputs = normalizeInputs(input);
  if (inputs === undefined) {
    return {
      ok: false,
      error: invalidRequest(
        "'$.input' is invalid. Expected a non-empty string, an array of non-empty strings, or an array of token arrays.",
        'input',
        'invalid_value',
      ),
    };
  }

  const dimensions = body.dimensions ?? defaultDimensions(model);
  if (!isPositiveInteger(dimensions)) {
    return { ok: false, error: invalidRequest("Invalid 'dimensions': expected an integer >= 1.", 'dimensions', 'invalid_value') };
  }

  const format = body.encoding_format ?? 'float';
  if (format !== 'float' && format !== 'base64') {
    return {
      ok: false,
      error: invalidRequest("Invalid 'encoding_format': expected 'float' or 'base64'.", 'encoding_format', 'invalid_value'),
    };
  }

  return { ok: true, request: { model, inputs, dimensions, base64: format === 'base64' } };
}

/** The API takes one input or a batch, each either text or pre-tokenized integers. */
function normalizeInputs(input: unknown): EmbeddingRequest['inputs'] | undefined {
  if (typeof input === 'string') return input === '' ? undefined : [{ key: input, tokens: estimateTokens(input) }];
  if (!Array.isArray(input) || input.length === 0) return undefined;
  if (input.every(isTokenId)) return [{ key: JSON.stringify(input), tokens: input.length }];

  const inputs: { key: string; tokens: number }[] = [];
  for (const item of input) {
    if (typeof item === 'string' && item !== '') inputs.push({ key: item, tokens: estimateTokens(item) });
    else if (Array.isArray(item) && item.length > 0 && item.every(isTokenId)) inputs.push({ key: JSON.stringify(item), tokens: item.length });
    else return undefined;
  }
  return inputs;
}

function isTokenId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
