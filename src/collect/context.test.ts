/** A draft records what a call answered: values, "not configured" as the collector says it reads, or the failure. */
import { describe, expect, it } from 'vitest';
import { AssayError } from '../diagnostics/error.js';
import { ResourceDraft, type DataOf, type Fetch } from './context.js';

const draft = () => new ResourceDraft<DataOf<'aws.kms.key'>>({ type: 'aws.kms.key', id: 'k', account: '123456789012', region: 'us-east-1', tags: {} });
const paths = ['rotationEnabled', 'rotationPeriodInDays'] as const;

describe('ResourceDraft.fields', () => {
  it('records a failed call on every field it feeds', () => {
    const d = draft().fields(paths, { kind: 'failed', failure: { code: 'AccessDenied', message: 'no', operation: 'kms:GetKeyRotationStatus' } }, () => ({}));
    expect(d.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['rotationEnabled AccessDenied', 'rotationPeriodInDays AccessDenied']);
  });

  it('sets "not configured" to the values the collector gives, never a made-up NotFound failure', () => {
    const absent: Fetch<unknown> = { kind: 'absent' };
    const d = draft().fields(paths, absent, () => ({}), { rotationEnabled: false, rotationPeriodInDays: null });
    expect(d.errors).toEqual([]);
    expect(d.data).toEqual({ rotationEnabled: false, rotationPeriodInDays: null });
    expect(() => draft().fields(paths, absent, () => ({}))).toThrow(AssayError);
  });
});
