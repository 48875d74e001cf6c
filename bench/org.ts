/**
 * `npm run bench:org [-- --accounts 50 --regions 4 --latency 50 --account-concurrency 8 --concurrency 16 --buckets 5 --keys 5 --groups 40 --vpcs 4 --topics 2 --users 10 --roles 10]`
 *
 * Organization scale: one generated organization (every account holding the
 * same estate) served by the fake AWS with a fixed latency per request, and
 * collected by the real CLI — a process configured by its environment, as
 * in CI — three ways:
 *   1. `assay collect --org --source api`
 *   2. `assay collect --org --source config`
 *   3. two shards (`--org --accounts <file>`), `assay snapshot merge`, and
 *      `assay scan`, as one shell command line.
 * Prints API calls (as the fake counted them), calls per resource and wall
 * time for each, and the Config path against the API path as ratios.
 * Figures are printed, never asserted (bench/README.md).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, devNull, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSnapshotFile } from '../src/snapshot/file.js';
import { Estate, REGION_NAMES } from './collect/estate.js';
import type { RequestRecord } from './collect/fake-aws.js';
import { spawnFakeAws } from './collect/fake-aws-process.js';
import { accountIds } from './collect/organization.js';

const { values } = parseArgs({
  options: Object.fromEntries(['accounts', 'regions', 'latency', 'account-concurrency', 'concurrency', 'buckets', 'keys', 'groups', 'vpcs', 'topics', 'users', 'roles'].map((name) => [name, { type: 'string' }])),
  strict: true,
}) as { values: Record<string, string | undefined> };

function whole(name: string, fallback: number, min: number, max: number): number {
  const text = values[name];
  if (text === undefined) return fallback;
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} takes a whole number from ${min} to ${max}; got "${text}"`);
  return n;
}

interface Timed { readonly code: number | null; readonly seconds: number; readonly stderr: string }

/** One shell command line, timed, with the fake as every service's endpoint and only a fake key. */
function shell(line: string, endpoint: string): Promise<Timed> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn('bash', ['-c', line], {
      cwd: resolve('.'),
      env: {
        PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', NODE_NO_WARNINGS: '1',
        AWS_ENDPOINT_URL: endpoint, AWS_ACCESS_KEY_ID: 'AKIDBENCHMARK', AWS_SECRET_ACCESS_KEY: 'bench-secret', AWS_REGION: 'us-east-1',
        AWS_CONFIG_FILE: devNull, AWS_SHARED_CREDENTIALS_FILE: devNull, AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.stdout.resume();
    child.on('close', (code) => { done({ code, seconds: (performance.now() - started) / 1000, stderr }); });
  });
}

const quote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;
const assay = `${quote(process.execPath)} --import tsx src/cli/main.ts`;

interface Measured { readonly label: string; readonly seconds: number; readonly calls: number; readonly resources: number; readonly incomplete: number; readonly byClient: Map<string, number> }

async function measure(label: string, estate: Estate, latency: number, run: (endpoint: string) => Promise<{ timed: Timed; snapshot: string }>): Promise<Measured> {
  const fake = await spawnFakeAws(estate.size, latency);
  let outcome: { timed: Timed; snapshot: string };
  let requests: RequestRecord[];
  try {
    outcome = await run(fake.endpoint);
  } finally {
    requests = await fake.stop();
  }
  if (outcome.timed.code !== 0 && outcome.timed.code !== 1) throw new Error(`${label} failed (exit ${String(outcome.timed.code)}):\n${outcome.timed.stderr.slice(-3000)}`);
  const { snapshot } = await readSnapshotFile(outcome.snapshot);
  const byClient = new Map<string, number>();
  for (const r of requests) byClient.set(r.operation.split(':')[0] ?? '', (byClient.get(r.operation.split(':')[0] ?? '') ?? 0) + 1);
  return {
    label, seconds: outcome.timed.seconds, calls: requests.length, resources: snapshot.resources.length,
    incomplete: snapshot.coverage.filter((c) => c.status !== 'complete').length, byClient,
  };
}

async function main(): Promise<void> {
  const accounts = whole('accounts', 50, 1, 1000);
  const regionCount = whole('regions', 4, 1, REGION_NAMES.length);
  const latency = whole('latency', 50, 0, 10_000);
  const accountConcurrency = whole('account-concurrency', 8, 1, 256);
  const concurrency = whole('concurrency', 16, 1, 256);
  const estate = new Estate({
    regions: REGION_NAMES.slice(0, regionCount), accounts,
    buckets: whole('buckets', 5, 0, 99_999), keys: whole('keys', 5, 0, 99_999), groups: whole('groups', 40, 0, 99_999), vpcs: whole('vpcs', 4, 0, 9_999),
    topics: whole('topics', 2, 0, 9_999), users: whole('users', 10, 0, 99_999), roles: whole('roles', 10, 0, 99_999),
  });
  const regions = estate.size.regions.join(',');
  const dir = await mkdtemp(join(tmpdir(), 'assay-bench-org-'));
  const cpu = cpus();
  console.log(`Assay organization benchmark: node ${process.version}, ${cpu[0]?.model.trim() ?? 'unknown CPU'} ×${cpu.length}`);
  console.log(`Fake AWS on 127.0.0.1, ${latency} ms per request: ${accounts} accounts × ${regionCount} regions (${regions}); each account per region: ${estate.size.buckets} buckets, ${estate.size.keys} KMS keys, ${estate.size.groups} security groups, ${estate.size.vpcs} VPCs (each with a subnet and a network ACL), ${estate.size.topics} SNS topics; account-wide ${estate.size.users} IAM users, ${estate.size.roles} roles`);
  console.log(`CLI: --account-concurrency ${accountConcurrency} --concurrency ${concurrency}; every account entered through AssumeRole except the management account`);
  console.log('');
  const common = `--org --member-role OrganizationAccountAccessRole --regions ${regions} --account-concurrency ${accountConcurrency} --concurrency ${concurrency} --quiet`;
  try {
    const results: Measured[] = [];
    for (const [name, flags] of [['api', '--source api'], ['config', '--source config'], ['aggregator', '--source config --aggregator org']] as const) {
      const out = join(dir, `${name}.json.gz`);
      const line = `${assay} collect ${common} ${flags} -o ${quote(out)}`;
      console.log(`$ assay collect ${common} ${flags} -o ${name}.json.gz`);
      results.push(await measure(flags, estate, latency, async (endpoint) => ({ timed: await shell(line, endpoint), snapshot: out })));
    }
    const ids = accountIds(estate);
    const half = Math.ceil(ids.length / 2);
    const shards = [ids.slice(0, half), ids.slice(half)];
    const files = await Promise.all(shards.map(async (shard, i) => {
      const file = join(dir, `group-${i + 1}.txt`);
      await writeFile(file, `${shard.join('\n')}\n`);
      return file;
    }));
    const merged = join(dir, 'organization.json.gz');
    const scanJson = join(dir, 'findings.json');
    const oneLine = [
      ...files.map((file, i) => `${assay} collect ${common} --source config --accounts ${quote(file)} -o ${quote(join(dir, `shard-${i + 1}.json.gz`))}`),
      `${assay} snapshot merge ${files.map((_, i) => quote(join(dir, `shard-${i + 1}.json.gz`))).join(' ')} -o ${quote(merged)} --quiet`,
      `${assay} scan --snapshot ${quote(merged)} --pack cis-aws-foundations-7.0.0 --output json=${quote(scanJson)} --fail-on none --quiet`,
    ].join(' && ');
    console.log('$ assay collect … --accounts group-1.txt -o shard-1.json.gz && assay collect … --accounts group-2.txt -o shard-2.json.gz \\\n    && assay snapshot merge shard-*.json.gz -o organization.json.gz && assay scan --snapshot organization.json.gz --pack cis-aws-foundations-7.0.0');
    results.push(await measure('2 shards + merge + scan', estate, latency, async (endpoint) => ({ timed: await shell(oneLine, endpoint), snapshot: merged })));
    const { readFile } = await import('node:fs/promises');
    const findings = (JSON.parse(await readFile(scanJson, 'utf8')) as { findings: { status: string; resource: { account: string } }[] }).findings;
    console.log('');
    console.log('  run                                 accounts  resources  incomplete   API calls  calls/resource   wall (s)');
    console.log('  ----------------------------------  --------  ---------  ----------  ----------  --------------  ---------');
    for (const r of results) {
      console.log(`  ${r.label.padEnd(34)}  ${String(accounts).padStart(8)}  ${String(r.resources).padStart(9)}  ${String(r.incomplete).padStart(10)}  ${String(r.calls).padStart(10)}  ${(r.calls / Math.max(1, r.resources)).toFixed(2).padStart(14)}  ${r.seconds.toFixed(1).padStart(9)}`);
    }
    const [api, ...others] = results;
    if (api !== undefined) {
      console.log('');
      for (const other of others.slice(0, 2)) {
        console.log(`  ${other.label} ÷ --source api: API calls ${(other.calls / api.calls).toFixed(2)}×, calls per resource ${((other.calls / other.resources) / (api.calls / api.resources)).toFixed(2)}×, wall time ${(other.seconds / api.seconds).toFixed(2)}×`);
        const clients = [...new Set([...api.byClient.keys(), ...other.byClient.keys()])].sort();
        console.log(`    calls by client: ${clients.map((c) => `${c} ${api.byClient.get(c) ?? 0}→${other.byClient.get(c) ?? 0}`).join(', ')}`);
      }
    }
    // The two sources must describe the same organization: compare resource by resource.
    const [fromApi, ...fromOthers] = await Promise.all(['api', 'config', 'aggregator'].map(async (source) => (await readSnapshotFile(join(dir, `${source}.json.gz`))).snapshot));
    const key = (r: { type: string; account: string; region: string; id: string }): string => `${r.type} ${r.account} ${r.region} ${r.id}`;
    // Field order differs between the sources (filled fields come last); the content must not.
    const canonical = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
    const content = (r: { data: unknown; errors?: unknown; tags: unknown }): string => canonical({ data: r.data, errors: r.errors ?? [], tags: r.tags });
    fromOthers.forEach((other, n) => {
      const byKey = new Map(other.resources.map((r) => [key(r), content(r)]));
      const differing = (fromApi?.resources ?? []).filter((r) => byKey.get(key(r)) !== content(r));
      const differingTypes = [...new Set(differing.map((r) => r.type))].sort();
      console.log(`  api and ${['config', 'aggregator'][n] ?? ''} snapshots: ${(fromApi?.resources.length ?? 0) - differing.length} of ${fromApi?.resources.length ?? 0} resources identical${differing.length === 0 ? '' : ` (differing: ${differingTypes.join(', ')})`}`);
    });
    const accountsScanned = new Set(findings.map((f) => f.resource.account)).size;
    const count = (status: string): number => findings.filter((f) => f.status === status).length;
    console.log(`  the merged organization scanned: ${findings.length} findings over ${accountsScanned} accounts (FAIL ${count('FAIL')}, ERROR ${count('ERROR')}, PASS ${count('PASS')})`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
