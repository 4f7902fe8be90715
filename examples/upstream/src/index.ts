export { createUpstreamApp } from './app.js';
export type { UpstreamAppOptions } from './app.js';
export type { UpstreamEnv } from './env.js';
export { MAX_RECORDED_REQUESTS } from './request-log.js';
export type { RecordedRequest } from './request-log.js';
export { startUpstream } from './server.js';
export type { StartUpstreamOptions, UpstreamHandle } from './server.js';
export { CHARS_PER_TOKEN, estimateTokens } from './tokens.js';
