/** The body, read and parsed once by the recording middleware, so handlers never re-read the stream. */
export type ParsedBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** Hono environment shared by every route of the upstream app. */
export interface UpstreamEnv {
  Variables: {
    body: ParsedBody;
    /** Sent back as a header (and in Anthropic error bodies), as both providers do. */
    requestId: string;
  };
}
