/**
 * `npm run bench:trail-verify [-- --log-files 100000] [--per-digest 100] [--concurrency 16] [--store http|memory]`
 *
 * `assay trail verify`'s throughput on a generated bucket: one trail's
 * hourly digest chain, signed with an RSA key of our own, listing
 * --log-files real gzip'd log files (--per-digest to each digest). With
 * --store http (the default) the bucket is served by an in-process fake of
 * S3 and CloudTrail on a loopback port (test/support/trail-http.ts) and read
 * through the real SDK clients of the guarded pool, as a live run would;
 * with --store memory the verifier reads it directly, which isolates the
 * verification's own cost (inflate, hash, signature) from HTTP and the SDK.
 * Prints objects (digest and log files) verified per second and the
 * verification's peak RSS above the process's RSS before it (the generated
 * bucket itself lives in this process); figures are printed, never asserted
 * (bench/README.md).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ClientPool } from '../src/collect/clients.js';
import { awsTrailStore } from '../src/collect/trail/aws-store.js';
import { verificationDocument } from '../src/trail/findings.js';
import { verifyTrail, type TrailTarget } from '../src/trail/verify.js';
import type { TrailStore } from '../src/trail/store.js';
import { FakeBucket, memoryStore, signingKey, writeChain } from '../test/support/trail-bucket.js';
import { serveTrailAws, trailAws } from '../test/support/trail-http.js';
import { RssSampler } from './rss-sampler.js';

const { values } = parseArgs({ options: { 'log-files': { type: 'string' }, 'per-digest': { type: 'string' }, concurrency: { type: 'string' }, store: { type: 'string' } }, strict: true });
const whole = (name: string, value: string | undefined, fallback: number): number => {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number of at least 1; got "${value ?? ''}"`);
  return n;
};
const logFiles = whole('log-files', values['log-files'], 100_000);
const perDigest = whole('per-digest', values['per-digest'], 100);
const concurrency = whole('concurrency', values.concurrency, 16);
const storeKind = values.store ?? 'http';
if (storeKind !== 'http' && storeKind !== 'memory') throw new Error(`--store is http or memory; got "${storeKind}"`);

const ACCOUNT = '123456789012';
const START = '2024-01-01T00:00:00Z';
const hours = Math.ceil(logFiles / perDigest);
const END = new Date(Date.parse(START) + hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;

let started = performance.now();
const bucket = new FakeBucket('bench-trail-logs');
const key = signingKey('us-east-1', '2023-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
bucket.keys.push(key);
writeChain({ bucket, account: ACCOUNT, region: 'us-east-1', trail: 'bench', start: START, hours, logsPerHour: (h) => Math.min(perDigest, logFiles - h * perDigest), key, eventsPerLog: 5 });
let stored = 0;
for (const object of bucket.objects.values()) stored += object.body.length;
console.log(`generated ${hours.toLocaleString('en-US')} digest files and ${logFiles.toLocaleString('en-US')} log files (${mb(stored)} gzip'd) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const trail: TrailTarget = { name: 'bench', arn: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/bench`, account: ACCOUNT, partition: 'aws', homeRegion: 'us-east-1', bucket: bucket.name, keyPrefix: undefined, multiRegion: false, organization: false };

let store: TrailStore;
let close = async (): Promise<void> => {};
let pool: ClientPool | undefined;
if (storeKind === 'http') {
  const server = await serveTrailAws(trailAws([bucket]));
  // The SDK reads its endpoint from the environment, as `assay trail verify` does against a custom endpoint.
  process.env.AWS_ENDPOINT_URL = server.endpoint;
  pool = new ClientPool({ credentials: () => Promise.resolve({ accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench-secret' }) });
  store = awsTrailStore({ clients: pool, region: 'us-east-1' });
  close = server.close;
} else {
  store = memoryStore([bucket]);
}

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const rss = new RssSampler();
const before = process.memoryUsage.rss();
rss.start();
started = performance.now();
const cpuBefore = process.cpuUsage();
let lastShown = started;
const verification = await verifyTrail(store, trail, {
  start: START, end: END, concurrency,
  onProgress: (p) => {
    if (performance.now() - lastShown < 5_000) return;
    lastShown = performance.now();
    console.log(`  … ${p.digests.toLocaleString('en-US')} digest files, ${p.logFiles.toLocaleString('en-US')} log files`);
  },
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const peak = rss.stop();
await rss.close();
pool?.destroy();
await close();
global.gc?.();
const retained = process.memoryUsage().heapUsed - heapBefore;

const doc = verificationDocument([verification], { generator: { name: 'assay', version: 'bench' }, range: { start: START, end: END } });
const notPassing = doc.findings.filter((f) => f.status !== 'PASS');
if (notPassing.length > 0) throw new Error(`the generated bucket should verify intact: ${notPassing.map((f) => `${f.policy} ${f.status}`).join(', ')}`);
const objects = verification.digests + verification.logFiles;
console.log(`store ${storeKind}, concurrency ${concurrency}, load average ${loadavg()[0]?.toFixed(1) ?? '?'}`);
console.log(`verified ${objects.toLocaleString('en-US')} objects (${verification.digests.toLocaleString('en-US')} digest, ${verification.logFiles.toLocaleString('en-US')} log) in ${seconds.toFixed(1)} s: ${Math.round(objects / seconds).toLocaleString('en-US')} objects/s, ${(stored / 1e6 / seconds).toFixed(1)} MB/s gzip'd`);
console.log(`CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${((cpu.user + cpu.system) / 1e3 / objects).toFixed(2)} ms per object; the fake server's share included for http)`);
console.log(`peak RSS during verification ${mb(peak)}, ${mb(peak - before)} above the ${mb(before)} before it (the generated bucket is in this process); live heap after it ${global.gc === undefined ? 'unknown (run with --expose-gc)' : `${retained >= 0 ? '+' : ''}${(retained / 1e6).toFixed(1)} MB`} against before`);
console.log(`all five checks PASS; ${pool === undefined ? 'no AWS calls' : `${pool.totalCalls().toLocaleString('en-US')} AWS calls: ${[...pool.calls.entries()].map(([k, n]) => `${k} ${n}`).join(', ')}`}`);
