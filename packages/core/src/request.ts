import type { Readable } from 'node:stream';

/**
 * Where a request's body can be read from. Adapters hand over what their framework has, without
 * reading it: the core reads at most once, under the route's size cap.
 */
export type BodySource =
  /** A Node.js request stream (Express, Koa, or Hono on @hono/node-server). */
  | { kind: 'node'; stream: Readable }
  /** A WHATWG stream (Hono's `Request.body`). */
  | { kind: 'web'; stream: ReadableStream<Uint8Array> | null }
  /** The app parsed the body already (express.json, koa-bodyparser, ...). */
  | { kind: 'parsed'; value: unknown }
  /** The framework buffered the bytes already (e.g. Hono's body cache). */
  | { kind: 'buffered'; load(): Promise<Uint8Array> }
  /** No body can be read (e.g. a framework that does not expose it). */
  | { kind: 'none' };

/**
 * The plain record an adapter builds for each request. Deliberately not a Web `Request`: building one on
 * Node costs throughput, and the core needs only these fields.
 */
export interface GateRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The URL path, without the query string. */
  readonly path: string;
  /** The raw query string without `?`, or '' when there is none. */
  readonly query: string;
  /** A header's value by lower-case name; repeated headers joined with ', '. */
  header(name: string): string | undefined;
  /** The socket's peer address as Node reports it (may be IPv4-mapped IPv6). */
  readonly remoteAddress: string | undefined;
  /** Whether the socket itself is TLS. */
  readonly encrypted: boolean;
  /** Where the body can be read from; read lazily by the core. */
  readonly body: BodySource;
}
