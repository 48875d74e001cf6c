import { describe, expect, it } from 'vitest';
import { AssayError, AssayErrors } from '../../src/diagnostics/error.js';
import { loadSnapshotBytes } from '../../src/snapshot/file.js';
import { smallSnapshot, toText } from '../support/snapshots.js';

/** Loads `value` as the text of file "snap.json" and returns the problems, or [] when valid. */
function problemsOf(value: unknown): AssayError[] {
  try {
    loadSnapshotBytes(Buffer.from(toText(value)), 'snap.json');
    return [];
  } catch (error) {
    if (error instanceof AssayErrors) return [...error.errors];
    // A document that cannot be read as a snapshot at all stops the reader at once.
    if (error instanceof AssayError) return [error];
    throw error;
  }
}

function only(value: unknown): AssayError {
  const problems = problemsOf(value);
  expect(problems.map((p) => p.message)).toHaveLength(1);
  return problems[0]!;
}

describe('snapshot validation', () => {
  it('accepts a valid snapshot', () => {
    expect(problemsOf(smallSnapshot())).toEqual([]);
  });

  it('reports a wrong type with its line, column and pointer', () => {
    const snapshot = smallSnapshot();
    (snapshot.resources[1]!.data as { versioning: unknown }).versioning = { status: 'On', mfaDelete: null };
    const problem = only(snapshot);
    expect(problem.code).toBe('SNAPSHOT_SCHEMA');
    expect(problem.message).toBe('aws.s3.bucket "app-data": field "versioning.status" must be one of "Enabled", "Suspended" or null; found "On"');
    expect(problem.location).toMatchObject({ file: 'snap.json', pointer: '/resources/1/data/versioning/status' });
    const text = toText(snapshot).split('\n');
    const line = problem.location!.line!;
    expect(text[line - 1]!.slice(problem.location!.column! - 1)).toMatch(/^"On"/);
  });

  it('reports a boolean given as a string', () => {
    const snapshot = smallSnapshot();
    (snapshot.resources[1]!.data as { publicAccessBlock: Record<string, unknown> }).publicAccessBlock.blockPublicAcls = 'true';
    expect(only(snapshot).message).toBe('aws.s3.bucket "app-data": field "publicAccessBlock.blockPublicAcls" must be true or false; found "true"');
  });

  it('reports an unknown resource type with a suggestion', () => {
    const snapshot = smallSnapshot();
    snapshot.resources[1]!.type = 'aws.s3.buckets';
    const problem = only(snapshot);
    expect(problem.code).toBe('SNAPSHOT_UNKNOWN_TYPE');
    expect(problem.message).toBe('unknown resource type "aws.s3.buckets"; did you mean "aws.s3.bucket"?');
    expect(problem.location?.pointer).toBe('/resources/1/type');
  });

  it('reports a missing required field that no collection error explains', () => {
    const snapshot = smallSnapshot();
    delete (snapshot.resources[1]!.data as Record<string, unknown>).policy;
    const problem = only(snapshot);
    expect(problem.message).toBe('aws.s3.bucket "app-data": field "policy" is missing (required)');
    expect(problem.location?.pointer).toBe('/resources/1/data/policy');
  });

  it('accepts a missing field when the resource says it could not be collected', () => {
    const snapshot = smallSnapshot();
    delete (snapshot.resources[1]!.data as Record<string, unknown>).policy;
    snapshot.resources[1]!.errors = [{ path: 'policy', code: 'AccessDenied', message: 'denied', operation: 's3:GetBucketPolicy' }];
    expect(problemsOf(snapshot)).toEqual([]);
  });

  it('accepts a nested field missing under a wildcard collection error, but not elsewhere', () => {
    const snapshot = smallSnapshot();
    const user = snapshot.resources[2]!;
    const keys = (user.data as { accessKeys: Record<string, unknown>[] }).accessKeys;
    delete keys[0]!.lastUsedDate;
    user.errors = [{ path: 'accessKeys[].lastUsedDate', code: 'Throttling', message: 'rate exceeded' }];
    expect(problemsOf(snapshot)).toEqual([]);
    delete keys[0]!.status;
    expect(only(snapshot).message).toBe('aws.iam.user "alice": field "accessKeys[0].status" is missing (required)');
  });

  it('accepts a collection error on the tags ($tags), which licenses nothing in data', () => {
    const snapshot = smallSnapshot();
    snapshot.resources[1]!.errors = [{ path: '$tags', code: 'AccessDenied', message: 'denied', operation: 's3:GetBucketTagging' }];
    expect(problemsOf(snapshot)).toEqual([]);
    delete (snapshot.resources[1]!.data as Record<string, unknown>).policy;
    expect(only(snapshot).message).toBe('aws.s3.bucket "app-data": field "policy" is missing (required)');
  });

  it('reports a collection error that names a field the type lacks', () => {
    const snapshot = smallSnapshot();
    snapshot.resources[1]!.errors = [{ path: 'polcy', code: 'AccessDenied', message: 'denied' }];
    const problem = only(snapshot);
    expect(problem.code).toBe('SNAPSHOT_INCONSISTENT');
    expect(problem.message).toBe('aws.s3.bucket "app-data": collection error names field "polcy", which aws.s3.bucket does not have; did you mean "policy"?');
  });

  it('reports an unknown field with a suggestion, located at the key', () => {
    const snapshot = smallSnapshot();
    (snapshot.resources[1]!.data as Record<string, unknown>).versionning = {};
    const problem = only(snapshot);
    expect(problem.message).toBe('aws.s3.bucket "app-data": field "versionning" is not a known field; did you mean "versioning"?');
    const line = toText(snapshot).split('\n')[problem.location!.line! - 1]!;
    expect(line.slice(problem.location!.column! - 1)).toMatch(/^"versionning"/);
  });

  it('reports missing top-level fields and wrong envelope types', () => {
    const snapshot: Record<string, unknown> = { ...smallSnapshot() };
    delete snapshot.collectedAt;
    snapshot.errors = 'none';
    const messages = problemsOf(snapshot).map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining(['"collectedAt" is missing (required)', '"errors" must be a list; found "none"']));
  });

  it('reports a bad account id and a timestamp that is not ISO 8601', () => {
    const snapshot = smallSnapshot();
    snapshot.resources[1]!.account = '1234';
    snapshot.collectedAt = 'yesterday';
    const messages = problemsOf(snapshot).map((p) => p.message);
    expect(messages).toContain('"collectedAt" must be an ISO 8601 date-time such as "2026-01-31T12:00:00Z"; found "yesterday"');
    expect(messages.some((m) => m.startsWith('"resources[1].account" must match ^[0-9]{12}$'))).toBe(true);
  });

  it('rejects a newer format version with one clear problem', () => {
    const problem = only({ ...smallSnapshot(), schemaVersion: 2 });
    expect(problem.code).toBe('SNAPSHOT_VERSION');
    expect(problem.hint).toBe('upgrade Assay to read this snapshot');
  });

  it('rejects a document that is not an object', () => {
    expect(only([1, 2]).message).toBe('a snapshot must be a JSON object with schemaVersion, scope and resources');
  });

  it('reports duplicates and resources outside the scope', () => {
    const snapshot = smallSnapshot();
    snapshot.resources.push(structuredClone(snapshot.resources[1]!));
    const outside = structuredClone(snapshot.resources[1]!);
    outside.id = 'other';
    outside.region = 'ap-south-1';
    outside.account = '210987654321';
    snapshot.resources.push(outside);
    const messages = problemsOf(snapshot).map((p) => p.message);
    // In file order: a resource's "account" comes before its "region".
    expect(messages).toEqual([
      'aws.s3.bucket "app-data" in 123456789012/us-east-1 appears twice (also at /resources/1)',
      'aws.s3.bucket "other": account 210987654321 is not in the snapshot scope (123456789012)',
      'aws.s3.bucket "other": region "ap-south-1" is not in the snapshot scope (us-east-1)',
    ]);
  });

  it('requires global types to sit in the global region', () => {
    const snapshot = smallSnapshot();
    snapshot.resources[2]!.region = 'us-east-1';
    expect(only(snapshot).message).toBe('aws.iam.user "alice": aws.iam.user is account-wide, so its region must be "global"; found "us-east-1"');
  });

  it('reports every problem in the file at once', () => {
    const snapshot = smallSnapshot();
    snapshot.resources[0]!.type = 'aws.acount';
    (snapshot.resources[1]!.data as Record<string, unknown>).name = 7;
    delete (snapshot.resources[2]!.data as Record<string, unknown>).groups;
    expect(problemsOf(snapshot).map((p) => p.code)).toEqual(['SNAPSHOT_UNKNOWN_TYPE', 'SNAPSHOT_SCHEMA', 'SNAPSHOT_SCHEMA']);
  });
});
