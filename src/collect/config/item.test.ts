import { describe, expect, it } from 'vitest';
import { parseItem } from './item.js';

const base = { resourceId: 'sg-1', resourceType: 'AWS::EC2::SecurityGroup', accountId: '123456789012', awsRegion: 'eu-west-1' };

describe('parseItem', () => {
  it('reads an advanced query result: tags as a list, nested documents as objects or JSON strings', () => {
    const parsed = parseItem(JSON.stringify({
      ...base, arn: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1', configurationItemStatus: 'OK',
      configuration: JSON.stringify({ groupId: 'sg-1' }),
      supplementaryConfiguration: { BucketPolicy: '{"policyText":null}' },
      tags: [{ key: 'Name', value: 'web' }, { key: 'team' }],
      relationships: [{ resourceType: 'AWS::EC2::NetworkInterface', resourceId: 'eni-1', relationshipName: 'Is associated with NetworkInterface' }, 'junk'],
    }));
    expect(parsed).toMatchObject({ kind: 'item', item: {
      configuration: { groupId: 'sg-1' }, supplementaryConfiguration: { BucketPolicy: { policyText: null } }, tags: { Name: 'web', team: '' },
      relationships: [{ resourceType: 'AWS::EC2::NetworkInterface', resourceId: 'eni-1', relationshipName: 'Is associated with NetworkInterface' }],
      arn: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1', status: 'OK',
    } });
  });

  it('reads configuration-history spellings: tags as a map, ARN and awsAccountId', () => {
    const parsed = parseItem(JSON.stringify({ resourceId: 'sg-1', resourceType: 'AWS::EC2::SecurityGroup', awsAccountId: '123456789012', awsRegion: 'eu-west-1', ARN: 'arn:x', tags: { Stage: 'PROD' }, configuration: {} }));
    expect(parsed).toMatchObject({ kind: 'item', item: { accountId: '123456789012', arn: 'arn:x', tags: { Stage: 'PROD' } } });
  });

  it('keeps "no relationships returned" apart from "none", and "no configuration" apart from an empty one', () => {
    const parsed = parseItem(JSON.stringify({ ...base }));
    expect(parsed).toMatchObject({ kind: 'item', item: { relationships: undefined, configuration: undefined } });
    expect(parseItem(JSON.stringify({ ...base, relationships: [], configuration: {} }))).toMatchObject({ kind: 'item', item: { relationships: [], configuration: {} } });
  });

  it('drops deleted resources and refuses what is not an item', () => {
    expect(parseItem(JSON.stringify({ ...base, configurationItemStatus: 'ResourceDeleted' }))).toEqual({ kind: 'deleted' });
    expect(parseItem('{"resourceId": "sg-1"}')).toEqual({ kind: 'invalid', reason: 'missing resourceId, resourceType, accountId or awsRegion' });
    expect(parseItem('[1]')).toEqual({ kind: 'invalid', reason: 'not a JSON object' });
    expect(parseItem('{')).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/^not JSON/) as string });
  });
});
