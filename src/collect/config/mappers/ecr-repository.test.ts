/**
 * AWS::ECR::Repository items mapped to aws.ecr.repository on their own (no
 * API to fill from): the four fields the item holds, as the API collector
 * reads them from DescribeRepositories, and everything else — above all the
 * scanning the registry's rules give the repository — named unreadable,
 * never defaulted.
 */
import { describe, expect, it } from 'vitest';
import { parseItem } from '../item.js';
import { ecrRepositoryFromConfig } from './ecr-repository.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:ecr:us-east-1:123456789012:repository/payments/api';

function mapItem(change: Record<string, unknown>, itemArn: string | null = ARN): ReturnType<typeof ecrRepositoryFromConfig.map> {
  const all: Record<string, unknown> = {
    RepositoryName: 'payments/api', Arn: ARN, RepositoryUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/payments/api', ImageTagMutability: 'IMMUTABLE',
    ImageScanningConfiguration: { ScanOnPush: true }, LifecyclePolicy: { RegistryId: '123456789012' }, ...change,
  };
  const configuration = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
  const parsed = parseItem(JSON.stringify({
    resourceId: 'payments/api', resourceType: 'AWS::ECR::Repository', resourceName: 'payments/api', ...(itemArn === null ? {} : { arn: itemArn }), accountId: '123456789012', awsRegion: 'us-east-1',
    configurationItemStatus: 'OK', configuration, supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'payments' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return ecrRepositoryFromConfig.map(parsed.item, place);
}

const NOT_IN_ITEM = ['registryId', 'createdAt', 'imageTagMutabilityExclusionFilters', 'encryptionType', 'kmsKey', 'scanFrequency', 'appliedScanFilters', 'lifecyclePolicy', 'repositoryPolicy'];
const paths = (m: ReturnType<typeof ecrRepositoryFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('ecrRepositoryFromConfig', () => {
  it('reads the name, ARN, tag mutability and the repository\'s own scanOnPush, with the item\'s tags, and names the rest unreadable', () => {
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.ecr.repository', id: 'payments/api', arn: ARN, tags: { team: 'payments' } });
    expect(mapping.fields).toEqual({ repositoryName: 'payments/api', repositoryArn: ARN, imageTagMutability: 'IMMUTABLE', scanOnPush: true });
    expect(paths(mapping)).toEqual(NOT_IN_ITEM);
  });

  it('never reads the registry\'s scanning from the repository\'s own scanOnPush', () => {
    const mapping = mapItem({ ImageScanningConfiguration: { ScanOnPush: false } });
    expect(mapping.fields).not.toHaveProperty('scanFrequency');
    expect(mapping.unreadable?.find((u) => u.path === 'scanFrequency')?.reason).toContain('BatchGetRepositoryScanningConfiguration');
  });

  it.each([
    ['a tag mutability ECR does not spell', 'imageTagMutability', { ImageTagMutability: 'immutable' }],
    ['no scanning configuration', 'scanOnPush', { ImageScanningConfiguration: undefined }],
    ['a scanOnPush that is not a boolean', 'scanOnPush', { ImageScanningConfiguration: { ScanOnPush: 'true' } }],
    ['no ARN', 'repositoryArn', { Arn: undefined }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toEqual([...NOT_IN_ITEM, path]);
    expect(mapping.fields).not.toHaveProperty(path);
  });

  it('builds the ARN from the name when neither the configuration nor the item has it', () => {
    expect(mapItem({ Arn: undefined }, null).envelope.arn).toBe(ARN);
  });
});
