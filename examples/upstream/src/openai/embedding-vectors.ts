/**
 * Deterministic pseudo-embeddings: the same input and model always give the same unit vector, and
 * different inputs give (almost surely) different ones. They carry no meaning; they exist so code
 * that stores, caches or compares embeddings can be tested reproducibly.
 */
export function embeddingVector(input: string, model: string, dimensions: number): Float32Array {
  const next = mulberry32(fnv1a(`${model}\u0000${input}`));
  const vector = new Float32Array(dimensions);
  let sumOfSquares = 0;
  for (let i = 0; i < dimensions; i++) {
    const value = next() * 2 - 1;
    vector[i] = value;
    sumOfSquares += value * value;
  }
  // Real embedding models return unit-length vectors, so cosine similarity equals the dot product.
  const norm = Math.sqrt(sumOfSquares) || 1;
  for (let i = 0; i < dimensions; i++) vector[i] = (vector[i] ?? 0) / norm;
  return vector;
}

/** OpenAI's `base64` encoding: the raw little-endian float32 bytes. */
export function toBase64(vector: Float32Array): string {
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((value, i) => bytes.writeFloatLE(value, i * 4));
  return bytes.toString('base64');
}

/** The real models' native sizes; anything else gets the small model's size. */
export function defaultDimensions(model: string): number {
  return model.includes('3-large') ? 3072 : 1536;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
