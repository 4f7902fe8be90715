type Counter = (text: string) => number;

let loading: Promise<Counter> | undefined;

/**
 * Counts tokens with gpt-tokenizer's o200k_base ranks (bundled, offline). Loaded on first use so a gate without
 * token limits never pays for the ranks. Special-token text such as `<|endoftext|>` is counted as plain text:
 * by default the library would throw on it, and a prompt must never turn into a 500.
 */
export function tokenCounter(): Promise<Counter> {
  return (loading ??= import('gpt-tokenizer').then((m) => {
    const options = { allowedSpecial: new Set<string>(), disallowedSpecial: new Set<string>() };
    return (text: string) => m.countTokens(text, options);
  }));
}
