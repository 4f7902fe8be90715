import { DEMO_KEY, startGateway } from './server.js';

const gateway = await startGateway({
  port: Number(process.env['PORT'] ?? 8080),
  ...(process.env['OPENAI_API_KEY'] ? { openaiApiKey: process.env['OPENAI_API_KEY'] } : {}),
  ...(process.env['OPENAI_BASE_URL'] ? { openaiBaseUrl: process.env['OPENAI_BASE_URL'] } : {}),
});

const upstreamNote = gateway.upstream ? `the local upstream at ${gateway.upstreamUrl} (offline)` : gateway.upstreamUrl;
console.log(`
Tollgate example gateway listening on ${gateway.url}
  forwarding to ${upstreamNote}
  demo API key: ${DEMO_KEY}

Try it:
  curl -s ${gateway.url}/v1/chat/completions \\
    -H "Authorization: Bearer ${DEMO_KEY}" -H "Content-Type: application/json" \\
    -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}]}'

Audit lines follow as JSON on stdout. Ctrl-C stops.
`);

const stop = () => {
  void gateway.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
