// json-parse.js's child: `node --expose-gc json-parse-child.js <bare|import|core> <parses>`. It imports nothing
// but the body and, for `import` and `core`, @tollgate/core, so `bare` is a bare Node process.
import { CHAT_BODY } from './payload.js';

/** Parses before counting starts to matter: V8 compiles JSON.parse's callers and settles the maps. */
const WARMUP_PARSES = 3000;
/** One route validating openai.chat, written here: apps/shared.js's policies come with winston and its shapes. */
const POLICY = {
  version: 1,
  defaults: { auth: false },
  routes: [{ id: 'chat', match: { method: 'POST', path: '/v1/chat/completions' }, auth: false, validate: { schema: 'openai.chat' } }],
};

const [setup, parses] = [process.argv[2], Number(process.argv[3])];
let gate;
if (setup === 'import' || setup === 'core') {
  const { createGate } = await import('@tollgate/core');
  if (setup === 'core') gate = createGate({ policy: POLICY });
}
let fields = 0;
for (let i = 0; i < WARMUP_PARSES; i++) fields += Object.keys(JSON.parse(CHAT_BODY)).length;
// A full GC clears the transitions of maps nothing uses any more, as it would in a server that has run a while.
globalThis.gc();
for (let i = 0; i < parses; i++) fields += Object.keys(JSON.parse(CHAT_BODY)).length;
globalThis.keep = [gate, fields];
