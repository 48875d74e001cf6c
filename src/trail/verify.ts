/**
 * `assay trail verify`'s core: for one trail and a time range, every digest
 * file of every account and region the trail writes, each checked against
 * its signature and CloudTrail's public key, linked to the one before it,
 * and every log file it names read and hashed. Works over a TrailStore
 * (store.ts), so the AWS SDK stays at the edge.
 *
 * Bounded: listings are read a page at a time; a page's digests are checked
 * a few at once and their log files through one limit on reads in flight,
 * each hashed as it streams; what is kept is the problems found, counts,
 * and per chain the previous link and the keys listed (a few per hour).
 */
import { createHash, type KeyObject } from 'node:crypto';
import pLimit, { type LimitFunction } from 'p-limit';
import { ChainChecker, type Link } from './chain.js';
import { coverageGaps, type Period } from './coverage.js';
import { parseDigest } from './digest.js';
import { inflatedBytes, inflatedSha256 } from './inflate.js';
import { failed, s3Url, unreadable, type Issue } from './issues.js';
import { ACCOUNT_FOLDER, dayFolder, dayOfKey, digestFolder, digestNameMatcher, digestRegionsFolder, logsRoot, ORGANIZATION_FOLDER } from './layout.js';
import { publicKeyFromDer, stringToSign, verifySignature } from './signature.js';
import { StoreFailureError, type Read, type StoreFailure, type TrailStore } from './store.js';

/** A trail as verification needs it: where it writes, and for whom. */
export interface TrailTarget {
  readonly name: string;
  readonly arn: string;
  /** The account that owns the trail. */
  readonly account: string;
  readonly partition: string;
  readonly homeRegion: string;
  readonly bucket: string;
  readonly keyPrefix: string | undefined;
  readonly multiRegion: boolean;
  readonly organization: boolean;
}

export interface VerifyProgress {
  readonly digests: number;
  readonly logFiles: number;
}

export interface VerifyOptions {
  /** The range, ISO 8601 UTC: digests whose end time falls in it (and the one covering its last hour) are verified. */
  readonly start: string;
  readonly end: string;
  /** Exactly these regions (a region without digests is then a gap); default: the trail's. */
  readonly regions?: readonly string[] | undefined;
  /** Object reads in flight. */
  readonly concurrency: number;
  readonly onProgress?: ((progress: VerifyProgress) => void) | undefined;
}

export interface ChainSummary {
  /** `<account>` or `<o-id>/<account>`. */
  readonly owner: string;
  readonly region: string;
  readonly digests: number;
}

export interface TrailVerification {
  readonly trail: TrailTarget;
  readonly range: Period;
  readonly chains: readonly ChainSummary[];
  readonly digests: number;
  readonly validDigests: number;
  readonly logFiles: number;
  readonly validLogFiles: number;
  readonly issues: readonly Issue[];
  /** SHA-256 over every chain's digest keys and signatures, in order: what this verification vouches for. */
  readonly evidenceDigest: string;
}

const HOUR_MS = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

interface Run {
  readonly store: TrailStore;
  readonly trail: TrailTarget;
  readonly options: VerifyOptions;
  readonly objects: LimitFunction;
  readonly digestsAtOnce: LimitFunction;
  readonly keys: Map<string, Promise<Read<ReadonlyMap<string, KeyObject>>>>;
  readonly issues: Issue[];
  readonly progress: { digests: number; logFiles: number; validDigests: number; validLogFiles: number };
}

/** The public keys of a region, by fingerprint, asked once per region and range. */
function keysOf(run: Run, region: string): Promise<Read<ReadonlyMap<string, KeyObject>>> {
  let keys = run.keys.get(region);
  if (keys === undefined) {
    // A key is chosen by fingerprint; the window is widened so a digest signed just after a rotation finds its key.
    const start = iso(Date.parse(run.options.start) - HOUR_MS);
    const end = iso(Date.parse(run.options.end) + 2 * HOUR_MS);
    keys = run.store.publicKeys(region, start, end).then((read): Read<ReadonlyMap<string, KeyObject>> => {
      if (read.kind !== 'ok') return read;
      const byFingerprint = new Map<string, KeyObject>();
      for (const key of read.value) {
        const object = publicKeyFromDer(key.value);
        if (object !== undefined) byFingerprint.set(key.fingerprint.toLowerCase(), object);
      }
      return { kind: 'ok', value: byFingerprint };
    });
    run.keys.set(region, keys);
  }
  return keys;
}

interface Checked {
  readonly link: Link;
  /** The period a valid digest vouches for. */
  readonly covers: Period | undefined;
}

async function checkLogFile(run: Run, bucket: string, key: string, expected: string): Promise<void> {
  const path = s3Url(bucket, key);
  await run.objects(async () => {
    const read = await run.store.get(bucket, key);
    if (read.kind === 'absent') run.issues.push(failed('log-files-present', path, 'exists', null, true));
    else if (read.kind === 'failed') {
      run.issues.push(unreadable('log-files-present', path, read.failure), unreadable('log-files-unmodified', path, read.failure));
    } else {
      const hashed = await inflatedSha256(read.value.body);
      if (hashed.kind === 'unread') {
        const failure = bodyFailure(hashed.error);
        run.issues.push(unreadable('log-files-unmodified', path, failure));
      } else if (hashed.kind === 'corrupt') {
        run.issues.push(failed('log-files-unmodified', path, 'equals', `not gzip: ${hashed.message}`, `sha256:${expected}`));
      } else if (hashed.value !== expected) {
        run.issues.push(failed('log-files-unmodified', path, 'equals', `sha256:${hashed.value}`, `sha256:${expected}`));
      } else {
        run.progress.validLogFiles++;
      }
    }
    run.progress.logFiles++;
  });
}

function bodyFailure(error: unknown): StoreFailure {
  return { code: error instanceof Error && error.name !== 'Error' ? error.name : 'ReadError', message: error instanceof Error ? error.message : String(error), operation: 's3:GetObject' };
}

/** One digest: read, parsed, located, signed by CloudTrail; then its log files. */
async function checkDigest(run: Run, region: string, key: string): Promise<Checked> {
  const { bucket } = run.trail;
  const path = s3Url(bucket, key);
  const invalid = (reason: string, signature?: string, previous?: Link['previous']): Checked => {
    run.issues.push(failed('digests', path, 'validDigest', reason, true));
    return { link: { bucket, key, signature, previous }, covers: undefined };
  };
  const read = await run.objects(() => run.store.get(bucket, key).then(async (got) => {
    if (got.kind !== 'ok') return got;
    const bytes = await inflatedBytes(got.value.body);
    return { kind: 'ok' as const, value: { metadata: got.value.metadata, bytes } };
  }));
  if (read.kind === 'absent') {
    // Listed, then gone before it could be read: deleted under our feet, which the chain reports.
    return { link: { bucket, key, signature: undefined, previous: undefined }, covers: undefined };
  }
  if (read.kind === 'failed') {
    run.issues.push(unreadable('digests', path, read.failure));
    return { link: { bucket, key, signature: undefined, previous: undefined }, covers: undefined };
  }
  const { metadata, bytes } = read.value;
  const signature = metadata.signature;
  if (bytes.kind === 'unread') {
    run.issues.push(unreadable('digests', path, bodyFailure(bytes.error)));
    return { link: { bucket, key, signature, previous: undefined }, covers: undefined };
  }
  if (bytes.kind === 'corrupt') return invalid(`not gzip: ${bytes.message}`, signature);
  const parsed = parseDigest(bytes.value.toString('utf8'));
  if (!parsed.ok) return invalid(`not a digest file: at "${parsed.problem.pointer}": ${parsed.problem.message}`, signature);
  const digest = parsed.digest;
  const previous = { bucket: digest.previousDigestS3Bucket, key: digest.previousDigestS3Object, signature: digest.previousDigestSignature };
  if (digest.digestS3Bucket !== bucket || digest.digestS3Object !== key) {
    return invalid(`it says it belongs at ${s3Url(digest.digestS3Bucket, digest.digestS3Object)}: moved or copied`, signature, previous);
  }
  if (signature === undefined || signature === '') return invalid('the object has no signature metadata (x-amz-meta-signature)', signature, previous);
  const algorithm = metadata['signature-algorithm'];
  if (algorithm !== undefined && algorithm !== 'SHA256withRSA') return invalid(`signature algorithm ${algorithm} is not SHA256withRSA`, signature, previous);
  const keys = await keysOf(run, region);
  if (keys.kind === 'failed') {
    run.issues.push(unreadable('digests', path, keys.failure));
    return { link: { bucket, key, signature, previous }, covers: undefined };
  }
  const publicKey = keys.kind === 'ok' ? keys.value.get(digest.digestPublicKeyFingerprint.toLowerCase()) : undefined;
  if (publicKey === undefined) return invalid(`signed with key ${digest.digestPublicKeyFingerprint}, which ListPublicKeys does not list in ${region} for the range`, signature, previous);
  const message = stringToSign(digest, bucket, key, createHash('sha256').update(bytes.value).digest('hex'));
  if (!verifySignature(publicKey, signature, message)) return invalid(`the signature does not verify with CloudTrail's key ${digest.digestPublicKeyFingerprint}`, signature, previous);
  run.progress.validDigests++;
  // Only a valid digest's hashes are trusted; an invalid one's log files are not checked against it.
  await Promise.all(digest.logFiles.map((log) => checkLogFile(run, log.s3Bucket, log.s3Object, log.hashValue)));
  return { link: { bucket, key, signature, previous }, covers: { start: digest.digestStartTime, end: digest.digestEndTime } };
}

/** One account's digests in one region: listed page by page, checked, linked, and their coverage measured. */
async function checkChain(run: Run, owner: string, region: string): Promise<ChainSummary & { readonly evidence: string }> {
  const { bucket, name } = run.trail;
  const folder = digestFolder(logsRoot(run.trail.keyPrefix), owner, region);
  const account = owner.split('/').pop() ?? owner;
  const endTimeOf = digestNameMatcher(account, region, name);
  const listUntil = iso(Date.parse(run.options.end) + HOUR_MS);
  const lastDay = dayFolder(listUntil);
  const inRange = (key: string): boolean => {
    const end = endTimeOf(key);
    return end !== undefined && end >= run.options.start && end <= listUntil;
  };
  const chain = new ChainChecker(inRange);
  const covered: Period[] = [];
  const evidence = createHash('sha256');
  let digests = 0;
  try {
    pages: for await (const page of run.store.list(bucket, folder, `${folder}${dayFolder(run.options.start)}`)) {
      const keys: string[] = [];
      let past = false;
      for (const object of page) {
        const day = dayOfKey(folder, object.key);
        if (day !== undefined && day > lastDay) {
          past = true;
          break;
        }
        if (inRange(object.key)) keys.push(object.key);
      }
      chain.listed(keys);
      const checked = await Promise.all(keys.map((key) => run.digestsAtOnce(async () => {
        const result = await checkDigest(run, region, key);
        run.progress.digests++;
        run.options.onProgress?.({ digests: run.progress.digests, logFiles: run.progress.logFiles });
        return result;
      })));
      for (const result of checked) {
        digests++;
        evidence.update(`${result.link.key}\t${result.link.signature ?? ''}\n`);
        for (const issue of chain.next(result.link)) run.issues.push(issue);
        if (result.covers !== undefined) covered.push(result.covers);
      }
      if (past) break pages;
    }
  } catch (error) {
    if (!(error instanceof StoreFailureError)) throw error;
    // Without the listing nothing about this chain can be said: every check is unknown here.
    for (const kind of ['digests', 'chain', 'coverage'] as const) run.issues.push(unreadable(kind, s3Url(bucket, folder), error.failure));
    return { owner, region, digests, evidence: evidence.digest('hex') };
  }
  for (const gap of coverageGaps({ start: run.options.start, end: run.options.end }, covered)) {
    run.issues.push(failed('coverage', s3Url(bucket, folder), 'coveredByDigests', `${gap.start}/${gap.end}`, true));
  }
  return { owner, region, digests, evidence: evidence.digest('hex') };
}

/** The folder names directly under `prefix` that match `pattern`, sorted; undefined (and unknown issues) when they cannot be listed. */
async function subfolders(run: Run, prefix: string, pattern: RegExp): Promise<string[] | undefined> {
  const read = await run.store.folders(run.trail.bucket, prefix);
  if (read.kind === 'failed') {
    for (const kind of ['digests', 'chain', 'coverage'] as const) run.issues.push(unreadable(kind, s3Url(run.trail.bucket, prefix), read.failure));
    return undefined;
  }
  const names = read.kind === 'absent' ? [] : read.value.map((f) => f.slice(prefix.length).replace(/\/$/, ''));
  return names.filter((n) => pattern.test(n)).sort();
}

/** The accounts whose digests the trail writes: its own, or every member's under the organization's folder. */
async function owners(run: Run): Promise<string[] | undefined> {
  const root = logsRoot(run.trail.keyPrefix);
  if (!run.trail.organization) return [run.trail.account];
  const organizations = await subfolders(run, root, ORGANIZATION_FOLDER);
  if (organizations === undefined) return undefined;
  const found: string[] = [];
  for (const organization of organizations) {
    const accounts = await subfolders(run, `${root}${organization}/`, ACCOUNT_FOLDER);
    if (accounts === undefined) return undefined;
    for (const account of accounts) found.push(`${organization}/${account}`);
  }
  return found;
}

async function regionsOf(run: Run, owner: string): Promise<string[] | undefined> {
  if (run.options.regions !== undefined) return [...run.options.regions].sort();
  if (!run.trail.multiRegion) return [run.trail.homeRegion];
  return subfolders(run, digestRegionsFolder(logsRoot(run.trail.keyPrefix), owner), /^[a-z]{2}(?:-[a-z]+)+-\d+$/);
}

/** Verifies one trail's log files and digests over the range. */
export async function verifyTrail(store: TrailStore, trail: TrailTarget, options: VerifyOptions): Promise<TrailVerification> {
  const run: Run = {
    store, trail, options,
    objects: pLimit(options.concurrency),
    // Enough digests open to keep the object reads busy, few enough that their log lists stay small.
    digestsAtOnce: pLimit(Math.max(2, Math.ceil(options.concurrency / 4))),
    keys: new Map(),
    issues: [],
    progress: { digests: 0, logFiles: 0, validDigests: 0, validLogFiles: 0 },
  };
  const chains: ChainSummary[] = [];
  const evidence = createHash('sha256');
  const accounts = await owners(run);
  if (accounts !== undefined && accounts.length === 0) {
    run.issues.push(failed('coverage', s3Url(trail.bucket, logsRoot(trail.keyPrefix)), 'coveredByDigests', `${options.start}/${options.end}`, true));
  }
  for (const owner of accounts ?? []) {
    const regions = await regionsOf(run, owner);
    if (regions !== undefined && regions.length === 0) {
      run.issues.push(failed('coverage', s3Url(trail.bucket, digestRegionsFolder(logsRoot(trail.keyPrefix), owner)), 'coveredByDigests', `${options.start}/${options.end}`, true));
    }
    for (const region of regions ?? []) {
      const { evidence: chainEvidence, ...summary } = await checkChain(run, owner, region);
      chains.push(summary);
      evidence.update(`${owner}\t${region}\t${chainEvidence}\n`);
    }
  }
  return {
    trail,
    range: { start: options.start, end: options.end },
    chains,
    digests: run.progress.digests,
    validDigests: run.progress.validDigests,
    logFiles: run.progress.logFiles,
    validLogFiles: run.progress.validLogFiles,
    issues: run.issues,
    evidenceDigest: evidence.digest('hex'),
  };
}
