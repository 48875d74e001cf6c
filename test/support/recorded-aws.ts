/**
 * Recorded AWS responses fed through the real SDK clients: an HttpHandler
 * that answers each request from a list of routes, so deserializers,
 * paginators, retries and error parsing all run for real. Routes match on
 * what identifies an operation on the wire: the X-Amz-Target header (JSON
 * protocols), the Action parameter (query protocols), or method, path and
 * query (REST protocols such as S3).
 */
import { HttpResponse, type HttpHandler, type HttpRequest } from '@smithy/protocol-http';
import { Readable } from 'node:stream';

export interface WireRequest {
  readonly method: string;
  readonly hostname: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[] | null>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** JSON protocols: the X-Amz-Target operation, e.g. TrentService.ListKeys. */
  readonly target: string | undefined;
  /** Query protocols: the Action parameter, e.g. DescribeRegions. */
  readonly action: string | undefined;
  /** Query or JSON parameters, flattened (query) or parsed (JSON). */
  readonly params: Readonly<Record<string, unknown>>;
}

export interface RecordedResponse {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface Route {
  /** Readable name for failures: which route was expected. */
  readonly name: string;
  readonly match: (request: WireRequest) => boolean;
  /** One response, or a sequence consumed in order (the last repeats), e.g. a throttle then a success. */
  readonly respond: RecordedResponse | readonly RecordedResponse[] | ((request: WireRequest) => RecordedResponse);
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  // From the bytes themselves: Buffer.from(view) first asks the view's valueOf(), which the SDK's JSON
  // request body answers as a string method (and warns that a future version will throw).
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return '';
}

function parse(request: HttpRequest): WireRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers)) headers[k.toLowerCase()] = v;
  const body = bodyText(request.body);
  let params: Record<string, unknown> = {};
  let action: string | undefined;
  const contentType = headers['content-type'] ?? '';
  if (contentType.includes('x-www-form-urlencoded')) {
    params = Object.fromEntries(new URLSearchParams(body));
    action = typeof params.Action === 'string' ? params.Action : undefined;
  } else if (contentType.includes('json') && body !== '') {
    params = JSON.parse(body) as Record<string, unknown>;
  }
  return { method: request.method, hostname: request.hostname, path: request.path, query: request.query, headers, body, target: headers['x-amz-target'], action, params };
}

function isSequence(respond: RecordedResponse | readonly RecordedResponse[]): respond is readonly RecordedResponse[] {
  return Array.isArray(respond);
}

export class RecordedAws implements HttpHandler {
  readonly requests: WireRequest[] = [];
  private readonly served = new Map<Route, number>();

  constructor(private readonly routes: readonly Route[]) {}

  handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const wire = parse(request);
    this.requests.push(wire);
    const route = this.routes.find((r) => r.match(wire));
    if (route === undefined) {
      return Promise.reject(new Error(`no recorded response for ${wire.method} ${wire.hostname}${wire.path} ${wire.target ?? wire.action ?? JSON.stringify(wire.query)}`));
    }
    const count = this.served.get(route) ?? 0;
    this.served.set(route, count + 1);
    const respond = route.respond;
    let recorded: RecordedResponse;
    if (typeof respond === 'function') recorded = respond(wire);
    else if (isSequence(respond)) recorded = respond[Math.min(count, respond.length - 1)] ?? {};
    else recorded = respond;
    const body = recorded.body ?? '';
    return Promise.resolve({
      response: new HttpResponse({
        statusCode: recorded.status ?? 200,
        headers: { 'x-amzn-requestid': 'recorded', ...(recorded.headers ?? {}) },
        body: Readable.from([Buffer.from(body)]),
      }),
    });
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  /** How many requests a route answered. */
  count(name: string): number {
    const route = this.routes.find((r) => r.name === name);
    return route === undefined ? 0 : (this.served.get(route) ?? 0);
  }
}

/** JSON-protocol answer (KMS, CloudTrail, Logs, Config …). */
export const json = (value: unknown, status = 200): RecordedResponse => ({ status, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify(value) });

/** JSON-protocol error: the type names the error code. */
export const jsonError = (code: string, message: string, status = 400): RecordedResponse => ({ status, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': code }, body: JSON.stringify({ __type: code, message }) });

/** XML answer (query protocols and S3). */
export const xml = (body: string, status = 200): RecordedResponse => ({ status, headers: { 'content-type': 'text/xml' }, body });

/** Query-protocol error (IAM, RDS, SNS, CloudWatch …). */
export const queryError = (code: string, message: string, status = 400): RecordedResponse => xml(`<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>recorded</RequestId></ErrorResponse>`, status);

/** EC2's query-protocol error shape. */
export const ec2Error = (code: string, message: string, status = 400): RecordedResponse => xml(`<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>recorded</RequestID></Response>`, status);

/** S3 REST-XML error. */
export const s3Error = (code: string, message: string, status = 403): RecordedResponse => xml(`<Error><Code>${code}</Code><Message>${message}</Message><RequestId>recorded</RequestId></Error>`, status);

export const byTarget = (target: string) => (r: WireRequest): boolean => r.target === target;
export const byAction = (action: string) => (r: WireRequest): boolean => r.action === action;
