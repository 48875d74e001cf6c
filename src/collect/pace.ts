/**
 * The pace of collection: every AWS call — listing pages included — waits
 * for a slot under the run's global cap and under its service's cap in its
 * region (AWS throttles per account and region; a global service has one
 * region). Calls are what is scheduled, not resources, so a bucket's ten
 * independent reads go out side by side and no slot is held while a
 * collector waits for an answer it needs before its next call.
 */
/**
 * The sustained request rates AWS documents, per account and region, for the
 * reads collectors send (the lowest rate among a service's calls). A cap in
 * flight is the rate × ROUND_TRIP_SECONDS: at that round trip the service
 * sees at most its rate; faster answers briefly exceed it, which the SDK's
 * adaptive retry absorbs. Services without a documented rate keep half the
 * global cap (IAM publishes none; it is global, so one cap serves the account).
 */
export const documentedRates: Readonly<Record<string, { readonly perSecond: number; readonly source: string }>> = {
  // "Your application can achieve at least 5,500 GET/HEAD requests per second per partitioned prefix" (S3 User Guide, optimizing performance): no lower cap.
  S3: { perSecond: 5_500, source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html' },
  // API Gateway's management API (v1 and v2 alike): 10 requests per second per account, bursts of 40 (API Gateway quotas, "API Gateway quotas for creating, deploying and managing an API").
  APIGateway: { perSecond: 10, source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html' },
  ApiGatewayV2: { perSecond: 10, source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html' },
  // Non-mutating actions: a bucket of 100 tokens refilled at 20 per second (EC2 API request throttling).
  EC2: { perSecond: 20, source: 'https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html' },
  // "Control plane API requests (excludes invocation, GetFunction, and GetPolicy requests)": 15 per second; GetPolicy 15 per second too (Lambda quotas).
  Lambda: { perSecond: 15, source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html' },
  // ListKeys and ListAliases 100 per second; per-key reads (DescribeKey, GetKeyRotationStatus, GetKeyPolicy) 1,000 or more (KMS request quotas).
  KMS: { perSecond: 100, source: 'https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html' },
  // "This action is throttled at 30 transactions per second" (SNS API reference, ListTopics).
  // "Five requests per second per AWS account" to the Route 53 API (Route 53 quotas, API requests).
  Route53: { perSecond: 5, source: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html#limits-api-requests' },
  SNS: { perSecond: 30, source: 'https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html' },
};

/** A control-plane round trip from outside AWS's network, conservatively short. */
export const ROUND_TRIP_SECONDS = 0.1;

/** The most calls of SDK client `client` (`S3`, `EC2`) in flight per region. `override` applies one cap to every service (the benchmark's --service-concurrency). */
export function serviceCap(client: string, concurrency: number, override?: number): number {
  if (override !== undefined) return Math.min(concurrency, override);
  const rate = documentedRates[client];
  if (rate === undefined) return Math.max(2, Math.ceil(concurrency / 2));
  return Math.min(concurrency, Math.max(2, Math.floor(rate.perSecond * ROUND_TRIP_SECONDS)));
}

/** Runs one call when its service and the run have a slot free. */
export type Schedule = <T>(client: string, region: string, send: () => Promise<T>) => Promise<T>;

interface Waiting {
  /** Order of arrival: of the lanes that can go, the one whose call has waited longest goes first. */
  readonly seq: number;
  readonly start: () => void;
}

interface Lane {
  readonly cap: number;
  active: number;
  readonly waiting: Waiting[];
  /** Index of the first call still waiting (the array is consumed from the front). */
  head: number;
}

/**
 * Two caps at once without nesting two limiters: a call starts when both its
 * lane (client and region) and the run have a slot, otherwise it waits in its
 * lane's queue. One promise per call (the call's own): thousands of calls
 * wait at the start of a run, so the scheduler must cost next to nothing.
 */
export function createSchedule(concurrency: number, serviceConcurrency?: number): Schedule {
  const lanes = new Map<string, Lane>();
  let active = 0;
  let arrivals = 0;

  const pump = (): void => {
    while (active < concurrency) {
      let next: Lane | undefined;
      for (const lane of lanes.values()) {
        const first = lane.waiting[lane.head];
        if (first !== undefined && lane.active < lane.cap && (next === undefined || first.seq < (next.waiting[next.head]?.seq ?? Infinity))) next = lane;
      }
      if (next === undefined) return;
      const call = next.waiting[next.head];
      next.head++;
      // Drop the consumed front now and then, so a long run's queue does not keep every call it served.
      if (next.head > 1024 && next.head * 2 > next.waiting.length) {
        next.waiting.splice(0, next.head);
        next.head = 0;
      }
      call?.start();
    }
  };

  return <T>(client: string, region: string, send: () => Promise<T>): Promise<T> => {
    const key = `${client}\u0000${region}`;
    let lane = lanes.get(key);
    if (lane === undefined) lanes.set(key, (lane = { cap: serviceCap(client, concurrency, serviceConcurrency), active: 0, waiting: [], head: 0 }));
    const own = lane;
    const run = (resolve: (value: T) => void, reject: (reason: unknown) => void): void => {
      own.active++;
      active++;
      const done = (): void => { own.active--; active--; pump(); };
      let sent: Promise<T>;
      try {
        sent = send();
      } catch (error) {
        // A send that throws instead of rejecting must still give its slot back.
        sent = Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      sent.then((value) => { done(); resolve(value); }, (error: unknown) => { done(); reject(error); });
    };
    return new Promise<T>((resolve, reject) => {
      if (own.head === own.waiting.length && own.active < own.cap && active < concurrency) run(resolve, reject);
      else own.waiting.push({ seq: arrivals++, start: () => { run(resolve, reject); } });
    });
  };
}
