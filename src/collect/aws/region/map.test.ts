/** The pure aws.region mappings on SDK-shaped answers, including values AWS leaves out. */
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { accessAnalyzers, configRecorders, deliveryChannels, securityHub } from './map.js';

const recorder = { name: 'default', roleARN: 'arn:aws:iam::123456789012:role/config', recordingGroup: { allSupported: true } };

describe('region mapping', () => {
  it('reads the modelled defaults of a recording group and a status (false) and the documented empties', () => {
    const read = readFields({ configRecorders: () => configRecorders([recorder], [{ name: 'default' }]) });
    expect(read.unreadable).toEqual([]);
    expect(read.fields.configRecorders).toEqual([{
      name: 'default', roleArn: 'arn:aws:iam::123456789012:role/config',
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: false, resourceTypes: [], exclusionResourceTypes: [], recordingStrategy: null },
      recordingFrequency: null,
      status: { recording: false, lastStatus: null, lastStartTime: null, lastStopTime: null, lastErrorCode: null, lastErrorMessage: null },
    }]);
  });

  it('reads a recorder the status answer does not name as having an unknown status, never "not recording"', () => {
    const read = readFields({ configRecorders: () => configRecorders([recorder, { ...recorder, name: 'second' }], [{ name: 'default', recording: true, lastStatus: 'SUCCESS' as never }]) });
    expect(read.unreadable.map((u) => u.path)).toEqual(['configRecorders[1].status']);
    const [first, second] = read.fields.configRecorders as Record<string, unknown>[];
    expect(first?.status).toMatchObject({ recording: true, lastStatus: 'Success' });
    expect(second).not.toHaveProperty('status');
  });

  it('reads a recorder without its recording group as unknown, never as one that records nothing', () => {
    const read = readFields({ configRecorders: () => configRecorders([{ name: 'default', roleARN: 'arn:aws:iam::123456789012:role/config' }], [{ name: 'default', recording: true }]) });
    expect(read.unreadable.map((u) => u.path)).toEqual(['configRecorders[0]']);
  });

  it('reads an analyzer without its type or status as unknown, never as an ACCOUNT or FAILED analyzer', () => {
    const read = readFields({ accessAnalyzers: () => accessAnalyzers([
      { arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/a', name: 'a', status: 'ACTIVE' } as never,
      { arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/b', name: 'b', type: 'ACCOUNT', status: 'ACTIVE', createdAt: new Date(0) },
    ]) });
    expect(read.unreadable.map((u) => u.path)).toEqual(['accessAnalyzers[0]']);
    expect(read.fields.accessAnalyzers).toEqual([{}, { name: 'b', arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/b', type: 'ACCOUNT', status: 'ACTIVE' }]);
  });

  it('reads a delivery channel without its bucket as unknown and keeps the optional settings null', () => {
    const read = readFields({ deliveryChannels: () => deliveryChannels([{ name: 'default' }, { name: 'other', s3BucketName: 'b' }], undefined) });
    expect(read.unreadable.map((u) => u.path)).toEqual(['deliveryChannels[0]']);
    expect(read.fields.deliveryChannels).toEqual([{}, { name: 'other', s3BucketName: 'b', s3KeyPrefix: null, s3KmsKeyArn: null, snsTopicArn: null, deliveryFrequency: null }]);
  });

  it('reads an enabled hub leaf by leaf, and a standard without its status as unknown, never PENDING', () => {
    const read = readFields(securityHub({ $metadata: {}, HubArn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default', SubscribedAt: 'soon' }, [{ StandardsArn: 'arn:aws:securityhub:::standards/x' } as never]));
    expect(read.unreadable.map((u) => u.path)).toEqual(['securityHub.subscribedAt', 'securityHub.standards[0]']);
    expect(read.fields.securityHub).toEqual({ enabled: true, hubArn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default', autoEnableControls: null, standards: [{}] });
  });
});
