// What having Tollgate loaded costs an app's own JSON.parse of an LLM request body, in instructions per parse
// (valgrind's callgrind: repeatable on a busy machine). Tollgate runs no code here: any difference comes from
// what it keeps in the heap. See README.md, "What loading Tollgate costs an app's own JSON parsing".
//
//   node bench/json-parse.js                   # bare Node, @tollgate/core imported, and a validating gate made
//   BENCH_PARSES=80000 BENCH_REPEATS=5 node bench/json-parse.js
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chatBody } from './payload.js';
import { BenchError, runMain } from './harness.js';
import { NODE_FLAGS, valgrindVersion } from './callgrind.js';
import { positiveInteger } from './settings.js';
import { median } from './stats.js';

const run = promisify(execFile);
// Its own module: this one imports the harness, whose winston and autocannon a "bare" process must not hold.
const CHILD = fileURLToPath(new URL('./json-parse-child.js', import.meta.url));
/** V8's C++ entry point of JSON.parse, as valgrind sees it in Node's binary. */
const PARSE_FUNCTION = 'v8::internal::Builtin_JsonParse*';
const SETUPS = {
  bare: 'nothing imported',
  import: '@tollgate/core imported',
  core: '@tollgate/core imported, a gate with an openai.chat validate route made',
};

/** Instructions a child process spends inside JSON.parse: the builtin and all it calls on the main thread, scavenges included. */
async function instructions(setup, parses) {
  const { stderr } = await run(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', `--toggle-collect=${PARSE_FUNCTION}`, process.execPath, ...NODE_FLAGS, '--expose-gc', CHILD, setup, String(parses)],
    { maxBuffer: 16 * 1024 * 1024, timeout: 600_000 },
  );
  const match = /Collected : (\d+)/.exec(stderr);
  if (!match) throw new BenchError(`callgrind printed no total for ${setup}:\n${stderr.slice(-2000)}`);
  return Number(match[1]);
}

async function main() {
  const parses = positiveInteger('BENCH_PARSES', 40000);
  const repeats = positiveInteger('BENCH_REPEATS', 3);
  const version = await valgrindVersion();
  console.log(`JSON.parse of the bench's chat body (${chatBody(undefined).length} B) under ${version} callgrind: ${parses} counted parses, ${repeats} runs per setup`);
  const perParse = {};
  for (const setup of Object.keys(SETUPS)) {
    const runs = [];
    for (let r = 0; r < repeats; r++) {
      // A run with the parses less one without: start-up and warm-up cancel out.
      const [none, all] = await Promise.all([instructions(setup, 0), instructions(setup, parses)]);
      runs.push((all - none) / parses);
    }
    perParse[setup] = median(runs);
    const spread = runs.map((x) => Math.round(x).toLocaleString('en-US')).join(' ');
    console.log(`  ${setup.padEnd(6)} ${Math.round(perParse[setup]).toLocaleString('en-US').padStart(7)} Ir/parse (runs ${spread}): ${SETUPS[setup]}`);
  }
  for (const setup of Object.keys(SETUPS).filter((s) => s !== 'bare')) {
    const added = perParse[setup] - perParse.bare;
    console.log(`${setup} / bare: ${(perParse[setup] / perParse.bare).toFixed(3)} (${added >= 0 ? '+' : ''}${Math.round(added).toLocaleString('en-US')} Ir per parse)`);
  }
}

await runMain('json-parse', main);
