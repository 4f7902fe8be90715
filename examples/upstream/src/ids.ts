import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// IDs are random on purpose (only the reply text is deterministic): real providers never repeat
// an id, and code that keys on ids must not be tested against a fake that does.
function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let token = '';
  for (const byte of bytes) token += ALPHABET[byte % ALPHABET.length];
  return token;
}

export const chatCompletionId = (): string => `chatcmpl-${randomToken(29)}`;
export const messageId = (): string => `msg_01${randomToken(22)}`;
export const requestId = (): string => `req_${randomToken(24)}`;

export const unixSeconds = (): number => Math.floor(Date.now() / 1000);
