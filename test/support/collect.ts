/** Runs collectors against recorded responses and checks the snapshot as `assay collect` would write it. */
import { ClientPool } from '../../src/collect/clients.js';
import type { Collector } from '../../src/collect/define.js';
import { callsOf } from '../../src/collect/calls.js';
import { regionDiscoveryCalls, runCollection } from '../../src/collect/run.js';
import { createLocator } from '../../src/snapshot/locate.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { validateSnapshot } from '../../src/snapshot/validate.js';
import { byAction, RecordedAws, xml, type Route } from './recorded-aws.js';

export const ACCOUNT = '123456789012';
export const credentials = (): Promise<{ accessKeyId: string; secretAccessKey: string }> => Promise.resolve({ accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' });

/** DescribeRegions answering the given regions as enabled, plus any not opted in. */
export function regionsRoute(enabled: readonly string[], notOptedIn: readonly string[] = []): Route {
  const item = (name: string, status: string): string => `<item><regionName>${name}</regionName><regionEndpoint>ec2.${name}.amazonaws.com</regionEndpoint><optInStatus>${status}</optInStatus></item>`;
  return {
    name: 'DescribeRegions',
    match: byAction('DescribeRegions'),
    respond: xml(`<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><regionInfo>${[...enabled.map((r) => item(r, 'opt-in-not-required')), ...notOptedIn.map((r) => item(r, 'not-opted-in'))].join('')}</regionInfo></DescribeRegionsResponse>`),
  };
}

export interface RecordedRun {
  readonly snapshot: Snapshot;
  readonly aws: RecordedAws;
  readonly pool: ClientPool;
  readonly problems: string[];
}

/** The calls of each collector's table that its recorded runs in this test file sent. */
const sentBy = new Map<string, Set<string>>();

/**
 * The rows of the collector's call table that no recorded run in this test
 * file has sent so far: a stale row, or a call its tests never exercise.
 * Each collector's test file ends by expecting none.
 */
export function unsentCalls(collector: Collector): string[] {
  const sent = sentBy.get(collector.type) ?? new Set<string>();
  return [...new Set(callsOf(collector.calls).map((call) => call.key))].filter((key) => !sent.has(key)).sort();
}

export async function collectRecorded(collectors: readonly Collector[], routes: readonly Route[], options: { regions?: string[] } = {}): Promise<RecordedRun> {
  const aws = new RecordedAws(routes);
  const pool = new ClientPool({ requestHandler: aws, credentials, maxAttempts: 4 });
  try {
    const { snapshot } = await runCollection({
      clients: pool, account: ACCOUNT, partition: 'aws', ...(options.regions === undefined ? {} : { regions: options.regions }),
      collectors, concurrency: 8, generator: { name: 'assay', version: 'test' }, now: () => new Date('2026-11-01T12:00:00Z'),
    });
    const valid = validateSnapshot(snapshot, createLocator('recorded', undefined));
    const problems = valid.ok ? [] : valid.errors.map((e) => `${e.location?.pointer ?? ''}: ${e.message}`);
    // Every operation sent is a row of a call table of the collectors run (or the run's own), so its IAM action is in `assay permissions`.
    const tabled = new Set(callsOf([regionDiscoveryCalls, ...collectors.flatMap((c) => c.calls)]).map((call) => call.key));
    for (const operation of pool.calls.keys()) {
      if (!tabled.has(operation)) problems.push(`${operation} was sent but is in no call table of the collectors run`);
    }
    for (const collector of collectors) {
      const sent = sentBy.get(collector.type) ?? new Set<string>();
      for (const call of callsOf(collector.calls)) if (pool.calls.has(call.key)) sent.add(call.key);
      sentBy.set(collector.type, sent);
    }
    return { snapshot, aws, pool, problems };
  } finally {
    pool.destroy();
  }
}
