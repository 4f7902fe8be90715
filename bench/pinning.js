// Where the bench's processes run: the servers on one CPU, the load generator on the other.
import { execFileSync } from 'node:child_process';
import { availableParallelism, platform } from 'node:os';
import { BenchError } from './harness.js';

/**
 * BENCH_CPUS=server,loadgen (default 0,1 on Linux with taskset): on a VM the two vCPUs can differ in speed by
 * 2x for this workload (seen here: the same bare Koa server at 9k or 18k req/s depending on its vCPU), and
 * the scheduler moves processes between them mid-run, so unpinned slices mix both speeds.
 */
export function cpuPinning(raw = process.env.BENCH_CPUS) {
  if (raw === 'off' || raw === '0') return undefined;
  if (raw === undefined || raw === '') {
    if (platform() !== 'linux' || availableParallelism() < 2) return undefined;
    try {
      execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    } catch {
      return undefined; // no taskset (util-linux): leave placement to the OS
    }
    return { server: 0, loadgen: 1 };
  }
  const [server, loadgen] = raw.split(',').map(Number);
  if (!Number.isInteger(server) || !Number.isInteger(loadgen) || server === loadgen || server < 0 || loadgen < 0) {
    throw new BenchError(`BENCH_CPUS must be "off" or two different CPU numbers "server,loadgen", got "${raw}"`);
  }
  return { server, loadgen };
}

/** Binds every thread of a process to one CPU (threads it starts later inherit it). */
export function pin(pid, cpu) {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', String(cpu), String(pid)], { stdio: 'ignore' });
  } catch (err) {
    throw new BenchError(`could not pin process ${pid} to CPU ${cpu} (${err.message}); set BENCH_CPUS=off`);
  }
}
