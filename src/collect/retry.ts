/**
 * How a call is retried: throttling keeps the SDK's adaptive retries (up to
 * the client's attempt count, slowing the client's sending rate), while
 * server errors and other transient failures get at most SERVER_ERROR_ATTEMPTS
 * attempts. An API that answers 500 every time (not implemented in a region,
 * or by an emulator) then costs three quick attempts, not eight with
 * exponential backoff while the call holds its slot. The last error is what
 * the call reports either way, so failures are recorded as before.
 */
import { AdaptiveRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorInfo, RetryStrategyV2, RetryToken, StandardRetryToken } from '@smithy/types';

export const SERVER_ERROR_ATTEMPTS = 3;

export class BoundedRetryStrategy implements RetryStrategyV2 {
  private readonly adaptive: AdaptiveRetryStrategy;
  /** Server-error retries already spent by the call a token belongs to (tokens are replaced on each retry). */
  private readonly serverRetries = new WeakMap<RetryToken, number>();

  constructor(maxAttempts: number) {
    this.adaptive = new AdaptiveRetryStrategy(maxAttempts);
  }

  acquireInitialRetryToken(scope: string): Promise<RetryToken> {
    return this.adaptive.acquireInitialRetryToken(scope);
  }

  async refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const throttled = errorInfo.errorType === 'THROTTLING';
    const spent = this.serverRetries.get(token) ?? 0;
    // Refusing makes the SDK throw the call's last error, unchanged.
    if (!throttled && spent + 1 >= SERVER_ERROR_ATTEMPTS) throw new Error(`not retried: ${SERVER_ERROR_ATTEMPTS} attempts failed with ${errorInfo.errorType} errors`);
    const next = await this.adaptive.refreshRetryTokenForRetry(token as StandardRetryToken, errorInfo);
    this.serverRetries.set(next, throttled ? spent : spent + 1);
    return next;
  }

  recordSuccess(token: RetryToken): void {
    this.adaptive.recordSuccess(token as StandardRetryToken);
  }
}
