/**
 * A FakeBucket (trail-bucket.ts) answered over the wire protocols the real
 * SDK clients speak: S3's REST-XML (ListObjectsV2 with StartAfter,
 * Delimiter and continuation tokens; GetObject with x-amz-meta-* headers;
 * NoSuchKey) and CloudTrail's JSON (ListPublicKeys, DescribeTrails). One
 * answering function, served two ways: as an SDK request handler (no
 * sockets, for tests) and as a loopback HTTP server (the CLI and the
 * benchmark, pointed at it with AWS_ENDPOINT_URL).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { HttpResponse, type HttpHandler, type HttpRequest } from '@smithy/protocol-http';
import type { FakeBucket } from './trail-bucket.js';

export interface FakeTrail {
  readonly Name: string;
  readonly TrailARN: string;
  readonly HomeRegion: string;
  readonly S3BucketName: string;
  readonly S3KeyPrefix?: string;
  readonly IsMultiRegionTrail: boolean;
  readonly IsOrganizationTrail: boolean;
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

export interface TrailAws {
  /** Operations answered, by `S3:GetObject` style key. */
  readonly served: Map<string, number>;
  answer(method: string, path: string, query: URLSearchParams, headers: Record<string, string>, body: string): Answer;
}

const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xml = (status: number, body: string): Answer => ({ status, headers: { 'content-type': 'application/xml' }, body: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`) });
const json = (value: unknown): Answer => ({ status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: Buffer.from(JSON.stringify(value)) });
const s3Error = (status: number, code: string, message: string): Answer => xml(status, `<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake</RequestId></Error>`);

/** The answering function over `buckets`, with `trails` for DescribeTrails; `deny` answers AccessDenied for a key. */
export function trailAws(buckets: readonly FakeBucket[], trails: readonly FakeTrail[] = [], deny?: (key: string) => boolean): TrailAws {
  const served = new Map<string, number>();
  const count = (op: string): void => { served.set(op, (served.get(op) ?? 0) + 1); };
  const byName = new Map(buckets.map((b) => [b.name, b]));

  function listObjects(bucket: FakeBucket, query: URLSearchParams): Answer {
    count('S3:ListObjectsV2');
    const prefix = query.get('prefix') ?? '';
    const delimiter = query.get('delimiter');
    if (delimiter === '/') {
      const folders = bucket.folders(prefix).map((p) => `<CommonPrefixes><Prefix>${xmlText(p)}</Prefix></CommonPrefixes>`).join('');
      return xml(200, `<ListBucketResult><Name>${bucket.name}</Name><Prefix>${xmlText(prefix)}</Prefix><Delimiter>/</Delimiter><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${folders}</ListBucketResult>`);
    }
    const token = query.get('continuation-token');
    const after = token === null ? (query.get('start-after') ?? '') : Buffer.from(token, 'base64url').toString('utf8');
    const max = Math.min(Number(query.get('max-keys') ?? 1000), 1000);
    const { keys, truncated } = bucket.page(prefix, after, max);
    const contents = keys.map((k) => `<Contents><Key>${xmlText(k)}</Key><Size>${bucket.object(k).body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`).join('');
    const next = truncated ? `<NextContinuationToken>${Buffer.from(keys[keys.length - 1] ?? '', 'utf8').toString('base64url')}</NextContinuationToken>` : '';
    return xml(200, `<ListBucketResult><Name>${bucket.name}</Name><Prefix>${xmlText(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${contents}${next}</ListBucketResult>`);
  }

  function getObject(bucket: FakeBucket, key: string): Answer {
    count('S3:GetObject');
    if (deny?.(key) === true) return s3Error(403, 'AccessDenied', 'Access Denied');
    const found = bucket.objects.get(key);
    if (found === undefined) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
    const meta = Object.fromEntries(Object.entries(found.metadata).map(([k, v]) => [`x-amz-meta-${k}`, v]));
    return { status: 200, headers: { 'content-type': 'application/x-gzip', 'content-length': String(found.body.length), ...meta }, body: found.body };
  }

  function cloudTrail(target: string, headers: Record<string, string>, body: string): Answer {
    const operation = target.replace('CloudTrail_20131101.', '');
    count(`CloudTrail:${operation}`);
    // The region is the SigV4 credential scope's: every service shares the one endpoint.
    const region = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(headers.authorization ?? '')?.[1] ?? 'us-east-1';
    if (operation === 'ListPublicKeys') {
      const params = JSON.parse(body === '' ? '{}' : body) as { StartTime?: number; EndTime?: number };
      const start = new Date((params.StartTime ?? 0) * 1000).toISOString();
      const end = new Date((params.EndTime ?? 4e9) * 1000).toISOString();
      const keys = buckets.flatMap((b) => b.keys).filter((k) => k.region === region && k.publicKey.validityStart <= end && k.publicKey.validityEnd >= start);
      return json({ PublicKeyList: keys.map((k) => ({ Value: Buffer.from(k.publicKey.value).toString('base64'), Fingerprint: k.publicKey.fingerprint, ValidityStartTime: Date.parse(k.publicKey.validityStart) / 1000, ValidityEndTime: Date.parse(k.publicKey.validityEnd) / 1000 })) });
    }
    if (operation === 'DescribeTrails') {
      const params = JSON.parse(body === '' ? '{}' : body) as { trailNameList?: string[] };
      const wanted = params.trailNameList;
      return json({ trailList: trails.filter((t) => wanted === undefined || wanted.includes(t.Name) || wanted.includes(t.TrailARN)) });
    }
    return { status: 400, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: Buffer.from(JSON.stringify({ __type: 'UnknownOperationException', message: operation })) };
  }

  return {
    served,
    answer(method, path, query, headers, body) {
      const target = headers['x-amz-target'];
      if (method === 'POST' && target !== undefined) return cloudTrail(target, headers, body);
      const [, bucketName = '', ...rest] = path.split('/');
      const bucket = byName.get(decodeURIComponent(bucketName));
      if (bucket === undefined) return s3Error(404, 'NoSuchBucket', 'The specified bucket does not exist');
      if (method === 'GET' && (rest.length === 0 || (rest.length === 1 && rest[0] === ''))) return listObjects(bucket, query);
      if (method === 'GET') return getObject(bucket, rest.map(decodeURIComponent).join('/'));
      return s3Error(405, 'MethodNotAllowed', `${method} is not served by this fake`);
    },
  };
}

/** The fake as an SDK request handler: the real clients, deserializers and paginators, no sockets. */
export class TrailAwsHandler implements HttpHandler {
  constructor(private readonly aws: TrailAws) {}

  handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(request.query)) {
      if (v === null) query.set(k, '');
      else for (const value of Array.isArray(v) ? v : [v]) query.append(k, value);
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(request.headers)) headers[k.toLowerCase()] = v;
    const body = typeof request.body === 'string' ? request.body : request.body instanceof Uint8Array ? Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength).toString('utf8') : '';
    // Path-style, as the SDK addresses a bucket at a custom endpoint; virtual-hosted style names the bucket in the host.
    const host = request.hostname.split('.');
    const path = host.length > 1 && host[1] === 's3' ? `/${host[0] ?? ''}${request.path}` : request.path;
    const answer = this.aws.answer(request.method, path, query, headers, body);
    return Promise.resolve({ response: new HttpResponse({ statusCode: answer.status, headers: { 'x-amzn-requestid': 'fake', ...answer.headers }, body: Readable.from([answer.body]) }) });
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
}

/** The fake on a loopback port; point the SDK at `endpoint` with AWS_ENDPOINT_URL. */
export async function serveTrailAws(aws: TrailAws): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const answer = aws.answer(req.method ?? 'GET', url.pathname, url.searchParams, headers, Buffer.concat(chunks).toString('utf8'));
      res.writeHead(answer.status, { 'x-amzn-requestid': 'fake', 'content-length': String(answer.body.length), ...answer.headers });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => { server.closeAllConnections(); server.close((e) => (e === undefined ? resolve() : reject(e))); }),
  };
}
