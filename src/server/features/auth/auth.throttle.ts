// Login throttling per account name and per address, in process (one instance; Redis would share it across several).
export interface ThrottleRule {
  limit: number
  windowMs: number
}

export class Throttle {
  private readonly hits = new Map<string, number[]>()
  constructor(private readonly rule: ThrottleRule, private readonly now: () => number = Date.now) {}

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const recent = this.recent(key)
    if (recent.length < this.rule.limit) return 0
    return Math.max(1, Math.ceil((recent[0] + this.rule.windowMs - this.now()) / 1000))
  }

  fail(key: string): void {
    const recent = this.recent(key)
    recent.push(this.now())
    this.hits.set(key, recent)
    if (this.hits.size > 100_000) this.prune()
  }

  reset(key: string): void {
    this.hits.delete(key)
  }

  private recent(key: string): number[] {
    const since = this.now() - this.rule.windowMs
    return (this.hits.get(key) ?? []).filter((t) => t > since)
  }

  private prune(): void {
    for (const key of this.hits.keys()) if (this.recent(key).length === 0) this.hits.delete(key)
  }
}

export interface LoginThrottles {
  account: Throttle
  address: Throttle
}

export const createLoginThrottles = (): LoginThrottles => ({
  account: new Throttle({ limit: 10, windowMs: 15 * 60_000 }),
  address: new Throttle({ limit: 50, windowMs: 15 * 60_000 }),
})
