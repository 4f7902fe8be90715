// The request every benchmark run sends: a typical chat call from an app (system prompt, a short history, one
// tool), about 1 KB, and valid against Tollgate's openai.chat schema so the gated path does its full work.
export const CHAT_REQUEST = {
  model: 'gpt-4o-mini',
  messages: [
    {
      role: 'system',
      content:
        'You are a concise travel assistant for Example Airlines. Answer in one or two sentences, cite the booking reference when relevant, and never invent flight numbers.',
    },
    { role: 'user', content: 'Hi! I am flying to Paris next week on booking ABC123. What is the capital of France, by the way?' },
    { role: 'assistant', content: 'Paris is the capital of France. Would you like me to check the status of booking ABC123?' },
    { role: 'user', content: 'Yes please, and tell me the baggage allowance for economy on that flight.' },
  ],
  tools: [
    {
      type: 'function',
      function: {
        name: 'get_booking',
        description: 'Look up a booking by its six-character reference.',
        parameters: {
          type: 'object',
          properties: { reference: { type: 'string', description: 'Booking reference, e.g. ABC123' } },
          required: ['reference'],
        },
      },
    },
  ],
  tool_choice: 'auto',
  temperature: 0.2,
  max_tokens: 256,
  user: 'user-42',
  metadata: { feature: 'trip-assistant', tenant: 'example-airlines' },
};

export const CHAT_BODY = JSON.stringify(CHAT_REQUEST);

const FILLER =
  'Context from the booking system: flight AF1234 departs Boston Logan at 19:05 and lands at Paris CDG at 08:20 the next morning; ' +
  'economy fares include one 23 kg checked bag and one 12 kg cabin bag; seat selection opens 24 hours before departure. ';

/**
 * The same request with the last user message grown to about `kb` KiB of body in total, as a retrieval-augmented
 * prompt would be: Tollgate's per-byte costs (reading, scanning, schema checks on strings) show up here.
 */
export function chatBody(kb) {
  if (kb === undefined) return CHAT_BODY;
  const request = structuredClone(CHAT_REQUEST);
  const last = request.messages[request.messages.length - 1];
  const missing = Math.max(0, Math.round(kb * 1024) - Buffer.byteLength(CHAT_BODY));
  last.content = FILLER.repeat(Math.ceil(missing / FILLER.length)).slice(0, missing) + last.content;
  return JSON.stringify(request);
}
