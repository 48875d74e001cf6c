/**
 * `--source config` for Secrets Manager secrets against `--source api` on
 * the same recorded account: the secrets served both as Secrets Manager's
 * own answers (ListSecrets in two pages) and as AWS Config's (two advanced
 * query pages of Configuration Items holding what AWS's Config resource
 * schema lists for AWS::SecretsManager::Secret, PascalCase), collected
 * through the real SDK clients each way. The resources must be equal, with
 * the dates the items lack read from one ListSecrets listing per region,
 * and never a secret's value asked for.
 */
import { describe, expect, it } from 'vitest';
import { secretsmanagerSecrets } from '../../src/collect/aws/secretsmanager/secrets.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { secretsmanagerSecretFromConfig } from '../../src/collect/config/mappers/secretsmanager-secret.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { byTarget, json, jsonError, type Route } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

const ACCOUNT = '123456789012';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const ROTATOR = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:SecretsManagerRotation`;
const arn = (name: string): string => `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${name}-a1B2c3`;
const isList = byTarget('secretsmanager.ListSecrets');
const NOT_IN_ITEM = ['createdDate', 'owningService', 'lastRotatedDate', 'nextRotationDate', 'lastAccessedDate'];

interface Model { readonly name: string; readonly entry: Record<string, unknown>; readonly configuration: Record<string, unknown>; readonly tags: Record<string, string> }
const models: Model[] = [
  {
    name: 'prod/db', tags: { team: 'payments' },
    entry: {
      KmsKeyId: KEY, RotationEnabled: true, RotationLambdaARN: ROTATOR, RotationRules: { AutomaticallyAfterDays: 30, Duration: '3h', ScheduleExpression: 'rate(30 days)' },
      LastRotatedDate: 1792465200, LastChangedDate: 1792465200, LastAccessedDate: 1793404800, NextRotationDate: 1795132799, CreatedDate: 1740819600,
    },
    configuration: { KMSKeyId: KEY, RotationEnabled: true, RotationLambdaARN: ROTATOR, RotationRules: { AutomaticallyAfterDays: 30, AutomaticallyAfterHours: null, RotationDuration: '3h', RotationScheduleExpression: 'rate(30 days)' } },
  },
  // Created with the defaults and never read: ListSecrets leaves out RotationEnabled, the key and every date but creation; Config holds them as null.
  {
    name: 'legacy/api-token', tags: {},
    entry: { LastChangedDate: 1700000000, CreatedDate: 1700000000 },
    configuration: { KMSKeyId: null, RotationEnabled: null, RotationLambdaARN: null, RotationRules: null },
  },
  // Rotation turned off after it ran once, owned by RDS.
  {
    name: 'staging/db', tags: {},
    entry: { RotationEnabled: false, RotationLambdaARN: ROTATOR, RotationRules: { AutomaticallyAfterDays: 7 }, LastRotatedDate: 1750000000, LastAccessedDate: 1792972800, CreatedDate: 1740000000, OwningService: 'rds' },
    configuration: { KMSKeyId: null, RotationEnabled: false, RotationLambdaARN: ROTATOR, RotationRules: { AutomaticallyAfterDays: 7, AutomaticallyAfterHours: null, RotationDuration: null, RotationScheduleExpression: null } },
  },
];

const entry = (m: Model): Record<string, unknown> => ({ ARN: arn(m.name), Name: m.name, ...m.entry, ...(Object.keys(m.tags).length === 0 ? {} : { Tags: Object.entries(m.tags).map(([Key, Value]) => ({ Key, Value })) }) });

/** Secrets Manager's own answers: the listed secrets in two pages. */
const secretsRoutes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  { name: 'ListSecrets', match: isList, respond: (r) => (r.params.NextToken === undefined ? json({ SecretList: models.slice(0, 1).map(entry), NextToken: 'page-2' }) : json({ SecretList: models.slice(1).map(entry) })) },
];

/** A secret as Config records it: its metadata, PascalCase, "none" as null, no value. */
const item = (m: Model, change: Record<string, unknown> = {}): string => JSON.stringify({
  resourceId: arn(m.name), resourceType: 'AWS::SecretsManager::Secret', resourceName: m.name, arn: arn(m.name), accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
  configuration: { Name: m.name, ARN: arn(m.name), Description: null, Deleted: false, ...m.configuration, ...change },
  supplementaryConfiguration: {}, tags: Object.entries(m.tags).map(([key, value]) => ({ key, value })), relationships: [],
});

const config = (items: string[], overrides: Route[] = []): Route[] => [...configRoutes(items), ...secretsRoutes(overrides)];

const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([secretsmanagerSecretFromConfig]);

describe('--source config for Secrets Manager secrets', () => {
  it('gives the same secrets as --source api, with one ListSecrets listing for the dates the items lack and no other call', async () => {
    const api = await collectRecorded([secretsmanagerSecrets], secretsRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m))), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.aws.requests.filter(isList).map((r) => r.params.NextToken)).toEqual([undefined, 'page-2']);
    expect([...run.pool.calls.keys()].filter((k) => k.startsWith('SecretsManager:'))).toEqual(['SecretsManager:ListSecrets']);
  });

  it('reads a field the item lacks from the same listing, never as "none"', async () => {
    const lacking = models.map((m) => item(m, { KMSKeyId: undefined, RotationEnabled: undefined, RotationRules: undefined }));
    const api = await collectRecorded([secretsmanagerSecrets], secretsRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.aws.requests.filter(isList)).toHaveLength(2);
  });

  it('names a secret deleted since Config recorded it as gone on the fields it must read, and leaves out one scheduled for deletion', async () => {
    const retired: Model = { name: 'retired/key', tags: {}, entry: {}, configuration: { KMSKeyId: null, RotationEnabled: false, RotationLambdaARN: null, RotationRules: null } };
    const waiting: Model = { ...retired, name: 'waiting/key' };
    const run = await collectRecorded(fromConfig, config([...models.map((m) => item(m)), item(retired), item(waiting, { Deleted: true })]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['legacy/api-token', 'prod/db', 'retired/key', 'staging/db']);
    const gone = run.snapshot.resources.find((r) => r.id === 'retired/key');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual(NOT_IN_ITEM.map((p) => [p, 'ResourceNotFoundException']));
    expect(gone?.data).toMatchObject({ rotationEnabled: false, kmsKeyId: null });
    expect(gone?.data).not.toHaveProperty('lastRotatedDate');
  });

  it('records a denied ListSecrets on the fields the items lack only', async () => {
    const denied: Route = { name: 'denied', match: isList, respond: jsonError('AccessDeniedException', 'no secretsmanager:ListSecrets') };
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m)), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])]).sort())
      .toEqual(['legacy/api-token', 'prod/db', 'staging/db'].map((id) => [id, NOT_IN_ITEM.map((p) => [p, 'AccessDeniedException'])]));
    expect(run.snapshot.resources.find((r) => r.id === 'prod/db')?.data).toMatchObject({ rotationEnabled: true, rotationLambdaArn: ROTATOR, kmsKeyId: KEY });
  });
});

describe('the Config collector for Secrets Manager secrets', () => {
  it('has no row the recorded runs above leave unsent', async () => {
    // An item without its configuration, which BatchGetResourceConfig cannot complete either: the listing is partial.
    const bare = JSON.stringify({ resourceId: arn('prod/db'), resourceType: 'AWS::SecretsManager::Secret', accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
    const run = await collectRecorded(fromConfig, config([bare]), { regions: ['us-east-1'] });
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
