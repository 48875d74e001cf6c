import { describe, expect, it } from 'vitest';
import type { Resource } from '../resources/resource.js';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../snapshot/schema.js';
import { SnapshotIndex } from './snapshot-index.js';

const ACCOUNTS = ['111111111111', '222222222222'];
const REGIONS = ['eu-west-1', 'us-east-1'];

function trail(account: string, region: string, id: string, name: string): Resource {
  return { type: 'aws.cloudtrail.trail', id, name, account, region, tags: {}, data: {} };
}

function snapshotOf(resources: readonly Resource[]): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generator: { name: 'test', version: '1' },
    collectedAt: '2026-12-01T00:00:00.000Z',
    scope: { partition: 'aws', accounts: ACCOUNTS, regions: REGIONS },
    resources: [...resources],
    coverage: ACCOUNTS.flatMap((account) => REGIONS.map((region) => ({ type: 'aws.cloudtrail.trail', account, region, status: 'complete' as const }))),
    errors: [],
  };
}

const ids = (resources: readonly Resource[]): string[] => resources.map((r) => `${r.account}/${r.region}/${r.id}`);

// Answers are kept per question (snapshot-index.ts): a question must never get another question's answer.
describe('SnapshotIndex.related, answered once per question', () => {
  const a = trail('111111111111', 'eu-west-1', 'a\u0000$name\u0000b', 'c');
  const b = trail('111111111111', 'eu-west-1', 'a', 'b\u0000$name\u0000c');
  const c = trail('111111111111', 'us-east-1', 'a', 'b\u0000$name\u0000c');
  const d = trail('222222222222', 'eu-west-1', 'a', 'b\u0000$name\u0000c');
  const index = new SnapshotIndex(snapshotOf([a, b, c, d]));

  it('tells apart join values that would read the same joined with a separator', () => {
    const first = index.related({ type: 'aws.cloudtrail.trail', within: 'account', join: [{ targetPath: '$id', value: 'a\u0000$name\u0000b' }, { targetPath: '$name', value: 'c' }] }, a);
    const second = index.related({ type: 'aws.cloudtrail.trail', within: 'account', join: [{ targetPath: '$id', value: 'a' }, { targetPath: '$name', value: 'b\u0000$name\u0000c' }] }, a);
    expect(ids(first.resources)).toEqual(['111111111111/eu-west-1/a\u0000$name\u0000b']);
    expect(ids(second.resources)).toEqual(['111111111111/eu-west-1/a', '111111111111/us-east-1/a']);
  });

  it('answers the same question from another account or region afresh', () => {
    const query = { type: 'aws.cloudtrail.trail', within: 'region', join: [{ targetPath: '$id', value: 'a' }] } as const;
    expect(ids(index.related(query, b).resources)).toEqual(['111111111111/eu-west-1/a']);
    expect(ids(index.related(query, c).resources)).toEqual(['111111111111/us-east-1/a']);
    expect(ids(index.related(query, d).resources)).toEqual(['222222222222/eu-west-1/a']);
  });

  it('gives a join value that is absent its own answer, apart from one spelled "undefined"', () => {
    const absent = index.related({ type: 'aws.cloudtrail.trail', within: 'account', join: [{ targetPath: '$id', value: undefined }] }, b);
    const spelled = index.related({ type: 'aws.cloudtrail.trail', within: 'account', join: [{ targetPath: '$id', value: '-' }] }, b);
    expect(absent.resources).toEqual([]);
    expect(spelled.resources).toEqual([]);
    const withoutJoin = index.related({ type: 'aws.cloudtrail.trail', within: 'account' }, b);
    expect(ids(withoutJoin.resources)).toEqual(['111111111111/eu-west-1/a\u0000$name\u0000b', '111111111111/eu-west-1/a', '111111111111/us-east-1/a']);
    expect(ids(index.related({ type: 'aws.cloudtrail.trail', within: 'account' }, d).resources)).toEqual(['222222222222/eu-west-1/a']);
  });
});
