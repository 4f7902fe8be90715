/** Who is calling, as the auth stage established it. */
export interface Principal {
  /** Stable identifier used for limits and logs (never a secret). */
  readonly id: string;
  /** How the caller authenticated. */
  readonly method: 'apiKey' | 'jwt' | 'introspection';
  /** The API key's id (the visible part of the key), when authenticated by key. */
  readonly keyId?: string;
  readonly tenant?: string;
  readonly roles: readonly string[];
  readonly scopes: readonly string[];
  /** Models this principal's credential allows (an API key's `models`); roles may narrow further. */
  readonly models?: readonly string[];
  /** Seconds since the epoch when the credential stops being valid (tokens), if known. */
  readonly expiresAt?: number;
  /** Per-caller limit amounts by rule name (e.g. from the API key's record); they beat role overrides. */
  readonly limitOverrides?: Readonly<Record<string, number>>;
}

/** Actual usage reported after the LLM call, recorded in the audit line (and settled against limits). */
export interface Usage {
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  /** Input tokens served from the provider's prompt cache (a part of inputTokens, priced lower). */
  readonly cachedInputTokens?: number;
  /** The model that actually answered, if it differs from the requested one. */
  readonly model?: string;
}
