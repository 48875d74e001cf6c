/**
 * SDK clients for collection: one per client class, account and region,
 * created on first use and reused; each guarded read-only, retrying
 * throttling adaptively and server errors a few times (retry.ts), with
 * per-call timeouts. Every call is counted by operation, for the summary and
 * for the test that declared permissions cover what collectors send, and
 * waits for its slot under the run's schedule (pace.ts), if one is set.
 */
import type { AwsCredentialIdentityProvider, InitializeMiddleware, MetadataBearer, RetryStrategyV2 } from '@smithy/types';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandler } from '@smithy/protocol-http';
import { guard, operationKey } from './read-only.js';
import type { Schedule } from './pace.js';
import { BoundedRetryStrategy } from './retry.js';

/** The shape of an SDK v3 client constructor we rely on. */
export type ClientClass<C> = new (config: ClientConfig) => C;

export interface ClientConfig {
  region: string;
  credentials?: AwsCredentialIdentityProvider;
  retryStrategy: RetryStrategyV2;
  requestHandler: HttpHandler;
}

export interface SdkClient {
  middlewareStack: { add(middleware: InitializeMiddleware<object, MetadataBearer>, options: { step: 'initialize'; priority: 'high' | 'low'; name: string }): void };
  destroy(): void;
}

export interface ClientPoolOptions {
  readonly credentials?: AwsCredentialIdentityProvider;
  /** A request handler replacing HTTP (tests feed recorded responses through it). */
  readonly requestHandler?: HttpHandler;
  readonly maxAttempts?: number;
  /**
   * The endpoint all services are pointed at (AWS_ENDPOINT_URL, read by the
   * CLI). The SDK honours it by itself; S3 Control is the exception, whose
   * endpoint rules prefix the host with the account id, so its collector
   * builds an endpoint provider from this.
   */
  readonly customEndpoint?: string;
}

export class ClientPool {
  private readonly clients = new Map<string, SdkClient>();
  /** Operation key (`S3:GetBucketPolicy`) → number of calls made. */
  readonly calls = new Map<string, number>();
  private readonly handler: HttpHandler;
  readonly customEndpoint: string | undefined;
  private schedule: Schedule | undefined;

  constructor(private readonly options: ClientPoolOptions = {}) {
    this.handler = options.requestHandler ?? new NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 30_000 });
    this.customEndpoint = options.customEndpoint;
  }

  /**
   * The client of this class for this region, created once. `extra` adds
   * client configuration (e.g. S3 Control's endpointProvider); clients with
   * extra configuration are cached under its `key`.
   */
  get<C extends SdkClient>(ctor: ClientClass<C>, region: string, extra?: { readonly key: string; readonly config: Record<string, unknown> }): C {
    const key = `${ctor.name}\u0000${region}\u0000${extra?.key ?? ''}`;
    const existing = this.clients.get(key);
    if (existing !== undefined) return existing as C;
    const client = guard(new ctor({
      region,
      ...(this.options.credentials === undefined ? {} : { credentials: this.options.credentials }),
      retryStrategy: new BoundedRetryStrategy(this.options.maxAttempts ?? 8),
      requestHandler: this.handler,
      ...(extra?.config ?? {}),
    }));
    client.middlewareStack.add((next, context) => (args) => {
      const op = operationKey(String(context.clientName), String(context.commandName));
      this.calls.set(op, (this.calls.get(op) ?? 0) + 1);
      // Read at send time: a run sets its schedule after the pool's first clients exist.
      const schedule = this.schedule;
      return schedule === undefined ? next(args) : schedule(op.slice(0, op.indexOf(':')), region, () => next(args));
    }, { step: 'initialize', priority: 'low', name: 'assayCallCounter' });
    this.clients.set(key, client);
    return client;
  }

  /** Every call from now on waits for its slot under `schedule` (undefined: calls go out at once); answers the schedule it replaced. */
  pace(schedule: Schedule | undefined): Schedule | undefined {
    const previous = this.schedule;
    this.schedule = schedule;
    return previous;
  }

  totalCalls(): number {
    let total = 0;
    for (const count of this.calls.values()) total += count;
    return total;
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}
