import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createUpstreamApp } from './app.js';
import type { RecordedRequest } from './request-log.js';

export interface StartUpstreamOptions {
  /** 0 (the default) picks a free port, so parallel test files never collide. */
  port?: number;
  /** Defaults to loopback: the stand-in accepts any credentials, so it must not be reachable from outside. */
  host?: string;
  /** See {@link UpstreamAppOptions.latencyMs}. */
  latencyMs?: number;
}

export interface UpstreamHandle {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:54321`. */
  readonly url: string;
  readonly port: number;
  /** The last requests received, oldest first (at most 100); the array stays live as requests arrive. */
  readonly requests: RecordedRequest[];
  /** Stops listening and drops open connections (keep-alive and in-flight streams); safe to call twice. */
  close(): Promise<void>;
}

export function startUpstream(options: StartUpstreamOptions = {}): Promise<UpstreamHandle> {
  const host = options.host ?? '127.0.0.1';
  const requests: RecordedRequest[] = [];
  const app = createUpstreamApp({ latencyMs: options.latencyMs, requests });

  return new Promise((resolve, reject) => {
    // The default adaptor creates a plain node:http server; its wider return type also covers HTTP/2.
    const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, (info) => {
      server.off('error', reject);
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${urlHost}:${info.port}`,
        port: info.port,
        requests,
        close: closer(server),
      });
    }) as Server;
    server.once('error', reject);
  });
}

function closer(server: Server): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Without this, close() waits for idle keep-alive sockets (which SDK clients hold open) to time out.
      server.closeAllConnections();
    });
    return closing;
  };
}
