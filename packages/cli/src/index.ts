export { run, USAGE } from './cli.js';
export type { Io } from './io.js';
