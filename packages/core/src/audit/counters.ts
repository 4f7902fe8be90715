/** Running totals of outcomes, so monitor mode's "would deny" can be counted, not only logged. */
export class DecisionCounters {
  allowed = 0;
  denied = 0;
  errors = 0;
  wouldDeny = 0;
  /** "Would deny" counts by rule, e.g. `{ 'limit:rpm': 3 }`. */
  readonly wouldDenyByRule = new Map<string, number>();

  countWouldDeny(rule: string): void {
    this.wouldDeny++;
    this.wouldDenyByRule.set(rule, (this.wouldDenyByRule.get(rule) ?? 0) + 1);
  }

  snapshot(): { allowed: number; denied: number; errors: number; wouldDeny: number; wouldDenyByRule: Record<string, number> } {
    return {
      allowed: this.allowed,
      denied: this.denied,
      errors: this.errors,
      wouldDeny: this.wouldDeny,
      wouldDenyByRule: Object.fromEntries(this.wouldDenyByRule),
    };
  }
}
