/** secretsmanagerSecrets through the real Secrets Manager client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { secretsmanagerSecrets } from './secrets.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const ROTATOR = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:SecretsManagerRotation`;
const arn = (name: string): string => `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${name}-a1B2c3`;
const isList = byTarget('secretsmanager.ListSecrets');

/** Dates in epoch seconds, as the JSON protocol answers them. */
const ROTATING = {
  ARN: arn('prod/db'), Name: 'prod/db', KmsKeyId: KEY, RotationEnabled: true, RotationLambdaARN: ROTATOR,
  RotationRules: { AutomaticallyAfterDays: 30, Duration: '3h', ScheduleExpression: 'rate(30 days)' },
  LastRotatedDate: 1792465200, LastChangedDate: 1792465200, LastAccessedDate: 1793404800, NextRotationDate: 1795132799,
  Tags: [{ Key: 'team', Value: 'payments' }], SecretVersionsToStages: { v2: ['AWSCURRENT'] }, CreatedDate: 1740819600,
};
// Created with the defaults and never read: AWS leaves out RotationEnabled, the key, every date but creation.
const PLAIN = { ARN: arn('legacy/api-token'), Name: 'legacy/api-token', LastChangedDate: 1700000000, CreatedDate: 1700000000, SecretVersionsToStages: { v1: ['AWSCURRENT'] } };
// Rotation turned off after it ran once: RotationEnabled false beside its old function and rules.
const STOPPED = {
  ARN: arn('staging/db'), Name: 'staging/db', RotationEnabled: false, RotationLambdaARN: ROTATOR, RotationRules: { AutomaticallyAfterDays: 7 },
  LastRotatedDate: 1750000000, LastAccessedDate: 1792972800, CreatedDate: 1740000000, OwningService: 'rds', Tags: [],
};

function routes(overrides: Route[] = [], second: Record<string, unknown>[] = [PLAIN, STOPPED]): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'ListSecrets', match: isList, respond: (r) => (r.params.NextToken === undefined ? json({ SecretList: [ROTATING], NextToken: 'page-2' }) : json({ SecretList: second })) },
  ];
}

describe('secretsmanagerSecrets', () => {
  it('follows NextToken through ListSecrets and maps each entry to a valid resource, never asking for a value', async () => {
    const run = await collectRecorded([secretsmanagerSecrets], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(isList).map((r) => [r.params.MaxResults, r.params.NextToken])).toEqual([[100, undefined], [100, 'page-2']]);
    expect([...run.pool.calls.keys()].filter((k) => k.startsWith('SecretsManager:'))).toEqual(['SecretsManager:ListSecrets']);
    const secrets = run.snapshot.resources.filter((r) => r.type === 'aws.secretsmanager.secret');
    expect(secrets.map((s) => s.id).sort()).toEqual(['legacy/api-token', 'prod/db', 'staging/db']);
    expect(secrets.every((s) => s.errors === undefined)).toBe(true);
    const byId = (id: string) => secrets.find((s) => s.id === id);
    expect(byId('prod/db')).toMatchObject({ arn: arn('prod/db'), tags: { team: 'payments' } });
    expect(byId('prod/db')?.data).toEqual({
      name: 'prod/db', arn: arn('prod/db'), createdDate: '2025-03-01T09:00:00.000Z', kmsKeyId: KEY, owningService: null,
      rotationEnabled: true, rotationLambdaArn: ROTATOR, rotationRules: { automaticallyAfterDays: 30, scheduleExpression: 'rate(30 days)', duration: '3h' },
      lastRotatedDate: '2026-10-20T03:00:00.000Z', nextRotationDate: '2026-11-19T23:59:59.000Z', lastAccessedDate: '2026-10-31T00:00:00.000Z',
    });
    // What AWS leaves out of a secret never given a rotation or a key is "not set": null or false, no error.
    expect(byId('legacy/api-token')?.data).toEqual({
      name: 'legacy/api-token', arn: arn('legacy/api-token'), createdDate: '2023-11-14T22:13:20.000Z', kmsKeyId: null, owningService: null,
      rotationEnabled: false, rotationLambdaArn: null, rotationRules: null, lastRotatedDate: null, nextRotationDate: null, lastAccessedDate: null,
    });
    expect(byId('staging/db')?.data).toMatchObject({ rotationEnabled: false, owningService: 'rds', rotationRules: { automaticallyAfterDays: 7, scheduleExpression: null, duration: null }, nextRotationDate: null });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.secretsmanager.secret', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('marks coverage failed when ListSecrets is denied: no resource that could read as "no secrets"', async () => {
    const denied: Route = { name: 'list-denied', match: isList, respond: jsonError('AccessDeniedException', 'User is not authorized to perform: secretsmanager:ListSecrets') };
    const run = await collectRecorded([secretsmanagerSecrets], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.secretsmanager.secret', status: 'failed', reason: 'AccessDeniedException on secretsmanager:ListSecrets: User is not authorized to perform: secretsmanager:ListSecrets' })]);
  });

  it('keeps the first page and marks coverage partial when the second page is denied', async () => {
    const denied: Route = { name: 'page-2-denied', match: (r) => isList(r) && r.params.NextToken === 'page-2', respond: jsonError('AccessDeniedException', 'denied') };
    const run = await collectRecorded([secretsmanagerSecrets], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['prod/db']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.secretsmanager.secret', status: 'partial' })]);
  });

  it('fails only the fields an incomplete entry leaves out: rotation settings without RotationEnabled, no creation date', async () => {
    const partial = { ARN: arn('half'), Name: 'half', RotationLambdaARN: ROTATOR, RotationRules: { AutomaticallyAfterDays: 0 } };
    const run = await collectRecorded([secretsmanagerSecrets], routes([], [partial]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const half = run.snapshot.resources.find((r) => r.id === 'half');
    expect(half?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([
      ['createdDate', 'IncompleteResponse', 'secretsmanager:ListSecrets'], ['rotationEnabled', 'IncompleteResponse', 'secretsmanager:ListSecrets'], ['rotationRules', 'UnexpectedResponse', 'secretsmanager:ListSecrets'],
    ]);
    expect(half?.data).toMatchObject({ name: 'half', rotationLambdaArn: ROTATOR, kmsKeyId: null });
    expect(half?.data).not.toHaveProperty('rotationEnabled');
  });

  it('marks the listing partial for an entry without a Name, never a nameless secret', async () => {
    const run = await collectRecorded([secretsmanagerSecrets], routes([], [{ ARN: arn('x'), CreatedDate: 1700000000 }, PLAIN]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['legacy/api-token', 'prod/db']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });
});

describe('secretsmanagerSecrets call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(secretsmanagerSecrets)).toEqual([]);
  });
});
