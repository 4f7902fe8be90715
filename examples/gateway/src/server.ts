import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createGate } from '@tollgate/core';
import { startUpstream, type UpstreamHandle } from '@tollgate-examples/upstream';
import type winston from 'winston';
import { createGatewayApp } from './app.js';

/** The demo key matching the hash in tollgate.yaml. Offline example only: never ship a key in code. */
export const DEMO_KEY = 'tg_demo_gateway1_tNztgC3XmxdtaIU7nTQq84cy85qDB6JJ';

export const POLICY_PATH = fileURLToPath(new URL('../tollgate.yaml', import.meta.url));

export interface GatewayOptions {
  /** Port to listen on; 0 picks a free one. @default 8080 */
  port?: number;
  /** Use this OpenAI key and the real API instead of the local upstream. */
  openaiApiKey?: string;
  /** @default https://api.openai.com/v1 */
  openaiBaseUrl?: string;
  /** Audit logger; JSON lines on stdout by default. */
  logger?: winston.Logger;
}

export interface RunningGateway {
  readonly url: string;
  /** Where requests go: the local upstream's URL or the real provider's. */
  readonly upstreamUrl: string;
  readonly upstream: UpstreamHandle | undefined;
  close(): Promise<void>;
}

/** Starts the gateway, and the local upstream too unless a real OpenAI key is given. */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const gate = createGate({ policy: POLICY_PATH, ...(options.logger ? { logger: options.logger } : {}) });
  const upstream = options.openaiApiKey ? undefined : await startUpstream();
  const baseUrl = upstream ? `${upstream.url}/v1` : (options.openaiBaseUrl ?? 'https://api.openai.com/v1');
  const app = createGatewayApp(gate, { baseUrl, apiKey: options.openaiApiKey ?? 'local-upstream' });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    upstreamUrl: baseUrl,
    upstream,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await upstream?.close();
    },
  };
}
