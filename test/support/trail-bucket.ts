/**
 * A CloudTrail log bucket built for tests and benchmarks: real gzip'd log
 * files, real digest files chained and signed with an RSA key pair of our
 * own (as CloudTrail signs with its regional key), and the public keys
 * ListPublicKeys would answer. Objects live in memory; `memoryStore` reads
 * them as a TrailStore, and trail-http.ts serves them over S3's and
 * CloudTrail's wire protocols to the real SDK clients.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { stringToSign } from '../../src/trail/signature.js';
import type { ListedObject, Read, StoredObject, TrailPublicKey, TrailStore } from '../../src/trail/store.js';

export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicKey: TrailPublicKey;
  readonly region: string;
}

/** An RSA key pair standing in for CloudTrail's key of `region`, valid over [validityStart, validityEnd]. */
export function signingKey(region: string, validityStart: string, validityEnd: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'pkcs1', format: 'der' });
  return { privateKey, region, publicKey: { value: new Uint8Array(der), fingerprint: createHash('md5').update(der).digest('hex'), validityStart, validityEnd } };
}

export interface StoredTestObject {
  body: Buffer;
  metadata: Record<string, string>;
}

export class FakeBucket {
  readonly objects = new Map<string, StoredTestObject>();
  readonly keys: SigningKey[] = [];
  private sortedCache: string[] | undefined;

  constructor(readonly name: string) {}

  put(key: string, body: Buffer, metadata: Record<string, string> = {}): void {
    if (!this.objects.has(key)) this.sortedCache = undefined;
    // A copy of exactly its size: gzipSync's result is a view of a larger block, and 100,000 of them hold gigabytes.
    this.objects.set(key, { body: Buffer.from(body), metadata });
  }

  delete(key: string): void {
    if (!this.objects.delete(key)) throw new Error(`no object ${key} to delete`);
    this.sortedCache = undefined;
  }

  object(key: string): StoredTestObject {
    const found = this.objects.get(key);
    if (found === undefined) throw new Error(`no object ${key}`);
    return found;
  }

  sorted(): string[] {
    this.sortedCache ??= [...this.objects.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return this.sortedCache;
  }

  /** Keys under prefix after startAfter, at most `max` of them, and whether more follow. */
  page(prefix: string, startAfter: string, max: number): { keys: string[]; truncated: boolean } {
    const all = this.sorted();
    let lo = 0;
    let hi = all.length;
    // Binary search for the first key after startAfter and not before prefix: the bench bucket holds 100,000 keys.
    const after = (key: string): boolean => key > startAfter && key >= prefix;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (after(all[mid] as string)) hi = mid;
      else lo = mid + 1;
    }
    const keys: string[] = [];
    let i = lo;
    for (; i < all.length && keys.length < max; i++) {
      const key = all[i] as string;
      if (!key.startsWith(prefix)) return { keys, truncated: false };
      keys.push(key);
    }
    return { keys, truncated: i < all.length && (all[i] as string).startsWith(prefix) };
  }

  /** The "folders" directly under prefix. */
  folders(prefix: string): string[] {
    const found = new Set<string>();
    for (const key of this.sorted()) {
      if (!key.startsWith(prefix)) continue;
      const slash = key.indexOf('/', prefix.length);
      if (slash !== -1) found.add(key.slice(0, slash + 1));
    }
    return [...found].sort();
  }
}

export interface ChainSpec {
  readonly bucket: FakeBucket;
  readonly account: string;
  readonly region: string;
  /** The trail's home region, in digest file names. */
  readonly homeRegion?: string;
  readonly trail: string;
  /** The trail's S3 key prefix. */
  readonly prefix?: string;
  /** Organization trails: the o-… folder. */
  readonly organization?: string;
  /** The first digest's start, whole hour: 2024-03-01T00:00:00Z. */
  readonly start: string;
  readonly hours: number;
  readonly logsPerHour: number | ((hour: number) => number);
  /** The key that signs the digest of `hour`. */
  readonly key: SigningKey | ((hour: number) => SigningKey);
  /** Events per log file (the bench makes them small). */
  readonly eventsPerLog?: number;
}

export interface BuiltChain {
  readonly digests: string[];
  /** Log file keys, by hour. */
  readonly logs: string[][];
}

const compact = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const at = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const HOUR = 3_600_000;

function logFile(spec: ChainSpec, hour: number, index: number, time: string): Buffer {
  const events = Array.from({ length: spec.eventsPerLog ?? 3 }, (_, i) => ({
    eventVersion: '1.09', eventTime: time, eventSource: 's3.amazonaws.com', eventName: 'GetObject', awsRegion: spec.region,
    recipientAccountId: spec.account, eventID: `${hour}-${index}-${i}`, userIdentity: { type: 'AssumedRole', accountId: spec.account },
  }));
  return Buffer.from(JSON.stringify({ Records: events }));
}

/** Writes `hours` hourly digests, each after the log files it lists, signed in a chain. */
export function writeChain(spec: ChainSpec, previous: { key: string; signature: string } | null = null): BuiltChain {
  const owner = spec.organization === undefined ? spec.account : `${spec.organization}/${spec.account}`;
  const root = `${spec.prefix === undefined ? '' : `${spec.prefix}/`}AWSLogs/${owner}/`;
  const digests: string[] = [];
  const logs: string[][] = [];
  let before = previous;
  for (let hour = 0; hour < spec.hours; hour++) {
    const startMs = Date.parse(spec.start) + hour * HOUR;
    const start = at(startMs);
    const end = at(startMs + HOUR);
    const day = end.slice(0, 10).replace(/-/g, '/');
    const count = typeof spec.logsPerHour === 'number' ? spec.logsPerHour : spec.logsPerHour(hour);
    const hourLogs: string[] = [];
    const entries = [];
    for (let i = 0; i < count; i++) {
      const time = at(startMs + (i + 1) * 60_000);
      const logDay = time.slice(0, 10).replace(/-/g, '/');
      const key = `${root}CloudTrail/${spec.region}/${logDay}/${spec.account}_CloudTrail_${spec.region}_${compact(time).slice(0, 13)}Z_${String(hour).padStart(6, '0')}${String(i).padStart(10, '0')}.json.gz`;
      const content = logFile(spec, hour, i, time);
      spec.bucket.put(key, gzipSync(content));
      hourLogs.push(key);
      entries.push({ s3Bucket: spec.bucket.name, s3Object: key, hashValue: createHash('sha256').update(content).digest('hex'), hashAlgorithm: 'SHA-256', newestEventTime: time, oldestEventTime: time });
    }
    const key = `${root}CloudTrail-Digest/${spec.region}/${day}/${spec.account}_CloudTrail-Digest_${spec.region}_${spec.trail}_${spec.homeRegion ?? spec.region}_${compact(end)}.json.gz`;
    const signing = typeof spec.key === 'function' ? spec.key(hour) : spec.key;
    const digest = {
      awsAccountId: spec.account, digestStartTime: start, digestEndTime: end, digestS3Bucket: spec.bucket.name, digestS3Object: key,
      digestPublicKeyFingerprint: signing.publicKey.fingerprint, digestSignatureAlgorithm: 'SHA256withRSA',
      newestEventTime: count > 0 ? at(startMs + count * 60_000) : null, oldestEventTime: count > 0 ? at(startMs + 60_000) : null,
      previousDigestS3Bucket: before === null ? null : spec.bucket.name, previousDigestS3Object: before?.key ?? null, previousDigestSignature: before?.signature ?? null,
      logFiles: entries,
    };
    const json = Buffer.from(JSON.stringify(digest));
    const signature = signDigest(signing, digest, spec.bucket.name, key, json);
    spec.bucket.put(key, gzipSync(json), { signature, 'signature-algorithm': 'SHA256withRSA' });
    digests.push(key);
    logs.push(hourLogs);
    before = { key, signature };
  }
  return { digests, logs };
}

export function signDigest(signing: SigningKey, digest: { digestEndTime: string; previousDigestSignature: string | null }, bucket: string, key: string, json: Buffer): string {
  const message = stringToSign(digest, bucket, key, createHash('sha256').update(json).digest('hex'));
  return sign('sha256', Buffer.from(message, 'utf8'), signing.privateKey).toString('hex');
}

/** A digest file's JSON, for tests that rewrite one. */
export function readDigestJson(bucket: FakeBucket, key: string): Record<string, unknown> {
  return JSON.parse(gunzipSync(bucket.object(key).body).toString('utf8')) as Record<string, unknown>;
}


/** The body in 64 KiB chunks, as a response stream would bring it. */
function chunks(body: Buffer, size = 64 * 1024): AsyncIterable<Uint8Array> {
  const parts: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) parts.push(body.subarray(i, i + size));
  return Readable.from(parts) as AsyncIterable<Uint8Array>;
}

/** The bucket (and its keys) as a TrailStore, in memory: the core's tests need no HTTP. */
export function memoryStore(buckets: readonly FakeBucket[], options: { pageSize?: number; deny?: (bucket: string, key: string) => boolean } = {}): TrailStore & { gets: number } {
  const byName = new Map(buckets.map((b) => [b.name, b]));
  const bucketOf = (name: string): FakeBucket => {
    const found = byName.get(name);
    if (found === undefined) throw new Error(`no bucket ${name}`);
    return found;
  };
  const store = {
    gets: 0,
    async *list(bucket: string, prefix: string, startAfter?: string): AsyncIterable<readonly ListedObject[]> {
      let after = startAfter ?? '';
      for (;;) {
        const { keys, truncated } = bucketOf(bucket).page(prefix, after, options.pageSize ?? 1000);
        await Promise.resolve();
        yield keys.map((key) => ({ key, size: bucketOf(bucket).object(key).body.length }));
        if (!truncated || keys.length === 0) return;
        after = keys[keys.length - 1] as string;
      }
    },
    folders(bucket: string, prefix: string): Promise<Read<readonly string[]>> {
      return Promise.resolve({ kind: 'ok', value: bucketOf(bucket).folders(prefix) });
    },
    get(bucket: string, key: string): Promise<Read<StoredObject>> {
      store.gets++;
      if (options.deny?.(bucket, key) === true) return Promise.resolve({ kind: 'failed', failure: { code: 'AccessDenied', message: 'Access Denied', operation: 's3:GetObject' } });
      const found = bucketOf(bucket).objects.get(key);
      if (found === undefined) return Promise.resolve({ kind: 'absent' });
      return Promise.resolve({ kind: 'ok', value: { body: chunks(found.body), metadata: { ...found.metadata } } });
    },
    publicKeys(region: string, start: string, end: string): Promise<Read<readonly TrailPublicKey[]>> {
      const keys = buckets.flatMap((b) => b.keys).filter((k) => k.region === region && k.publicKey.validityStart <= end && k.publicKey.validityEnd >= start);
      return Promise.resolve({ kind: 'ok', value: keys.map((k) => k.publicKey) });
    },
  };
  return store;
}
