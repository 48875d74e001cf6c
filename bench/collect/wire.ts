/**
 * The fake AWS's view of one HTTP request, and the answers it writes back,
 * in the wire formats the SDK's deserializers expect: AWS JSON 1.0/1.1
 * (X-Amz-Target), the query protocols (form-encoded Action; EC2's dialect),
 * REST-JSON and S3's REST-XML. The service and region come from the SigV4
 * credential scope, as every endpoint here is the same loopback address.
 */
import type { IncomingHttpHeaders } from 'node:http';

export type Protocol = 'json' | 'query' | 'rest';

export interface WireRequest {
  readonly method: string;
  /** Path without the query string, percent-decoded. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** SigV4 signing name: s3, kms, ec2, sns, monitoring … */
  readonly service: string;
  readonly region: string;
  /** The SigV4 access key id the request was signed with. */
  readonly accessKey: string;
  readonly protocol: Protocol;
  /** JSON protocols: the operation after the dot in X-Amz-Target; query protocols: Action; REST: '' (the service decides). */
  readonly operation: string;
  /** JSON body, or the form parameters of a query request. */
  readonly params: Readonly<Record<string, unknown>>;
}

export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

export function parseRequest(method: string, url: string, headers: IncomingHttpHeaders, body: string): WireRequest {
  const parsed = new URL(url, 'http://fake.invalid');
  const [, accessKey = '', region = 'unknown', service = 'unknown'] = scope.exec(headers.authorization ?? '') ?? [];
  const contentType = headers['content-type'] ?? '';
  const target = headers['x-amz-target'];
  let protocol: Protocol = 'rest';
  let operation = '';
  let params: Record<string, unknown> = {};
  if (typeof target === 'string') {
    protocol = 'json';
    operation = target.slice(target.lastIndexOf('.') + 1);
    params = body === '' ? {} : JSON.parse(body) as Record<string, unknown>;
  } else if (contentType.includes('x-www-form-urlencoded')) {
    protocol = 'query';
    params = Object.fromEntries(new URLSearchParams(body));
    operation = typeof params.Action === 'string' ? params.Action : '';
  } else if (contentType.includes('json') && body !== '') {
    params = JSON.parse(body) as Record<string, unknown>;
  }
  return { method, path: decodeURIComponent(parsed.pathname), query: parsed.searchParams, headers, body, service, region, accessKey, protocol, operation, params };
}

const sortedJson = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (
  v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

/** What a request asked about, canonically: two requests with the same operation, region and subject asked the same thing twice. */
export function subjectOf(request: WireRequest): string {
  if (request.protocol === 'json') return sortedJson(request.params);
  if (request.protocol === 'query') {
    return Object.entries(request.params).filter(([k]) => k !== 'Action' && k !== 'Version').sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${String(v)}`).join('&');
  }
  const query = [...request.query.entries()].filter(([k]) => k !== 'x-id').sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&');
  return `${request.path}${query === '' ? '' : `?${query}`}${request.body === '' ? '' : ` ${request.body}`}`;
}

export const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `<tag>value</tag>` for each defined entry, values escaped. */
export const elements = (values: Readonly<Record<string, string | number | boolean | undefined>>): string =>
  Object.entries(values).filter(([, v]) => v !== undefined).map(([k, v]) => `<${k}>${escapeXml(String(v))}</${k}>`).join('');

export const json = (value: unknown, version: '1.0' | '1.1' = '1.1'): Answer => ({ status: 200, contentType: `application/x-amz-json-${version}`, body: JSON.stringify(value) });

export const jsonError = (code: string, message: string, status = 400): Answer =>
  ({ status, contentType: 'application/x-amz-json-1.1', body: JSON.stringify({ __type: code, message }), headers: { 'x-amzn-errortype': code } });

/** REST-JSON (EFS, Access Analyzer, Security Hub, Account). */
export const restJson = (value: unknown, status = 200): Answer => ({ status, contentType: 'application/json', body: JSON.stringify(value) });

export const restJsonError = (code: string, message: string, status: number): Answer =>
  ({ status, contentType: 'application/json', body: JSON.stringify({ message }), headers: { 'x-amzn-errortype': code } });

/** Query protocol (IAM, RDS, SNS, STS): `<ActionResponse><ActionResult>…`. */
export const queryAnswer = (action: string, namespace: string, result: string): Answer => ({
  status: 200, contentType: 'text/xml',
  body: `<${action}Response xmlns="${namespace}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></${action}Response>`,
});

export const queryError = (code: string, message: string, status = 400): Answer => ({
  status, contentType: 'text/xml',
  body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>fake</RequestId></ErrorResponse>`,
});

/** EC2's dialect: no Result wrapper, lists as `<item>`s. */
export const ec2Answer = (action: string, body: string): Answer => ({
  status: 200, contentType: 'text/xml;charset=UTF-8',
  body: `<?xml version="1.0" encoding="UTF-8"?><${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>fake</requestId>${body}</${action}Response>`,
});

export const items = (elementsOf: readonly string[]): string => elementsOf.map((e) => `<item>${e}</item>`).join('');

export const s3Xml = (body: string): Answer => ({ status: 200, contentType: 'application/xml', body: `<?xml version="1.0" encoding="UTF-8"?>${body}` });

export const s3Error = (code: string, message: string, status: number): Answer => ({
  status, contentType: 'application/xml', body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message><RequestId>fake</RequestId></Error>`,
});

/** One page of a list: items from `start`, at most `size`, and where the next page starts. */
export function page<T>(all: readonly T[], start: number, size: number): { items: T[]; next: number | undefined } {
  const end = Math.min(all.length, start + size);
  return { items: all.slice(start, end), next: end < all.length ? end : undefined };
}

/** A page size the caller asked for, within the API's bounds, or the API's default. */
export function pageSize(asked: unknown, fallback: number, max: number): number {
  const n = Number(asked);
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : fallback;
}

/** Opaque-looking page tokens: `<prefix><offset>`; anything else starts at 0. */
export const tokenOf = (prefix: string, offset: number): string => `${prefix}${offset}`;
export function offsetOf(prefix: string, token: unknown): number {
  if (typeof token !== 'string' || !token.startsWith(prefix)) return 0;
  const n = Number(token.slice(prefix.length));
  return Number.isInteger(n) && n >= 0 ? n : 0;
}
