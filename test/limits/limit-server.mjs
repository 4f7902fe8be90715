// A built app (dist/) for multi-process tests: Express + protect(), counters in the Redis at REDIS_URL.
// Prints "PORT <n>" once listening.
import { createGate } from '@tollgate/core';
import { tollgate } from '@tollgate/express';
import express from 'express';
import winston from 'winston';

const gate = createGate({
  policy: JSON.parse(process.env.TG_POLICY),
  limits: { redis: process.env.REDIS_URL, keyPrefix: process.env.TG_PREFIX, timeout: process.env.TG_TIMEOUT ?? '500ms' },
  logger: winston.createLogger({ silent: true }),
});
const tg = tollgate(gate);
const app = express();
app.use(tg.protect());
app.post('/v1/chat/completions', (_req, res) => {
  res.json({ ok: true });
});
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`PORT ${server.address().port}\n`);
});
process.on('SIGTERM', () => {
  gate.close();
  server.close(() => process.exit(0));
});
