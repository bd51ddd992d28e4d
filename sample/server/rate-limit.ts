// A token bucket per client address for POSTs: a burst of `burst` requests, refilled at `perMinute`. Buckets of
// clients that went quiet are forgotten, so the table cannot grow without bound.
export interface RateLimit {
  perMinute: number;
  burst: number;
}

export const DEFAULT_POST_RATE: RateLimit = { perMinute: 20, burst: 20 };
const MAX_CLIENTS = 10_000;

export function createRateLimiter(limit: RateLimit, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = limit.perMinute / 60_000;
  /** Seconds to wait, or 0 when the request may go ahead. */
  return (client: string): number => {
    const time = now();
    const bucket = buckets.get(client) ?? { tokens: limit.burst, at: time };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + (time - bucket.at) * refillPerMs);
    bucket.at = time;
    buckets.delete(client);
    if (buckets.size >= MAX_CLIENTS) {
      for (const [key, value] of buckets) if (value.tokens + (time - value.at) * refillPerMs >= limit.burst) buckets.delete(key);
      if (buckets.size >= MAX_CLIENTS) buckets.delete(buckets.keys().next().value as string);
    }
    buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
  };
}
