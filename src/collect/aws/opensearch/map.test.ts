import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { describedFields, domainIn, listedFields } from './map.js';
import type { DomainStatus } from '@aws-sdk/client-opensearch';

const complete: DomainStatus = {
  DomainId: '123456789012/logs', DomainName: 'logs', ARN: 'arn:aws:es:us-east-1:123456789012:domain/logs', EngineVersion: 'OpenSearch_2.11',
  ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 2, DedicatedMasterEnabled: false, ZoneAwarenessEnabled: false },
  EncryptionAtRestOptions: { Enabled: false }, NodeToNodeEncryptionOptions: { Enabled: false },
  DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
  AdvancedSecurityOptions: { Enabled: false }, ServiceSoftwareOptions: { CurrentVersion: 'OpenSearch_2_11_R20240502', UpdateAvailable: false },
};

describe('opensearch mapping', () => {
  it('reads a public endpoint, no logs, no zone awareness and no dedicated masters as null or empty', () => {
    const read = readFields(describedFields(complete));
    expect(read.unreadable).toEqual([]);
    expect(read.fields).toMatchObject({ vpcId: null, subnetIds: [], securityGroupIds: [], logPublishing: [], availabilityZoneCount: null, dedicatedMasterCount: null, kmsKeyId: null, softwareNewVersion: null });
  });

  it('reads a count its feature is on without, or a flag left out, as unknown, never off', () => {
    const read = readFields(describedFields({ ...complete, ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 3, DedicatedMasterEnabled: true, ZoneAwarenessEnabled: true } }));
    expect(read.unreadable.map((u) => u.path)).toEqual(['availabilityZoneCount', 'dedicatedMasterCount']);
    const flags = readFields(describedFields({ ...complete, NodeToNodeEncryptionOptions: {}, AdvancedSecurityOptions: undefined, ServiceSoftwareOptions: { CurrentVersion: 'R1' } }));
    expect(flags.unreadable.map((u) => u.path)).toEqual(['nodeToNodeEncryptionEnabled', 'fineGrainedAccessControlEnabled', 'softwareUpdateAvailable']);
    expect(flags.fields).not.toHaveProperty('fineGrainedAccessControlEnabled');
  });

  it('reads a VPC block without its VPC id as unknown, never public', () => {
    const read = readFields(describedFields({ ...complete, VPCOptions: { SubnetIds: ['subnet-1'], SecurityGroupIds: [] } }));
    expect(read.unreadable.map((u) => u.path)).toEqual(['vpcId']);
    expect(read.fields).toMatchObject({ subnetIds: ['subnet-1'], securityGroupIds: [] });
  });

  it('reads a TLS policy or log type it does not know as unknown, the other log types still read', () => {
    const read = readFields(describedFields({
      ...complete,
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-3-2030-01' as never },
      LogPublishingOptions: { NEW_LOGS: { Enabled: true }, AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:audit' } } as never,
    }));
    expect(read.unreadable.map((u) => u.path)).toEqual(['tlsSecurityPolicy', 'logPublishing[1]']);
    expect(read.fields.logPublishing).toEqual([{ logType: 'AUDIT_LOGS', enabled: true, cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:audit' }, {}]);
  });

  it('reads the listed engine type from a closed set', () => {
    expect(readFields(listedFields({ DomainName: 'logs', EngineType: 'Elasticsearch' })).fields).toEqual({ domainName: 'logs', engineType: 'Elasticsearch' });
    expect(readFields(listedFields({ DomainName: 'logs' })).unreadable.map((u) => u.path)).toEqual(['engineType']);
  });

  it('finds a domain in an answer once; twice is unreadable', () => {
    expect(domainIn([complete], 'logs')).toBe(complete);
    expect(domainIn([complete], 'other')).toBeUndefined();
    expect(() => domainIn([complete, complete], 'logs')).toThrow(/2 times/);
  });
});
