export { createGatewayApp, type Upstream } from './app.js';
export { startGateway, DEMO_KEY, POLICY_PATH, type GatewayOptions, type RunningGateway } from './server.js';
