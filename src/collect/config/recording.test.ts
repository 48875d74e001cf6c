import type { ConfigurationRecorder } from '@aws-sdk/client-config-service';
import { describe, expect, it } from 'vitest';
import { recordsType } from './recording.js';

const SG = 'AWS::EC2::SecurityGroup';
const recorder = (recordingGroup: ConfigurationRecorder['recordingGroup'], extra: Partial<ConfigurationRecorder> = {}): ConfigurationRecorder => ({ name: 'default', recordingGroup, ...extra });
const on = [{ name: 'default', recording: true }];

describe('recordsType', () => {
  it('accepts a recording recorder of every supported type, or of a list naming the type', () => {
    expect(recordsType([recorder({ allSupported: true })], on, SG, 'us-east-1')).toEqual({ recorded: true });
    expect(recordsType([recorder({ allSupported: false, resourceTypes: [SG] })], on, SG, 'us-east-1')).toEqual({ recorded: true });
  });

  it('honours an exclusion list', () => {
    const excluding = (types: string[]) => recorder({ allSupported: false, recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' }, exclusionByResourceTypes: { resourceTypes: types as never } });
    expect(recordsType([excluding(['AWS::S3::Bucket'])], on, SG, 'us-east-1')).toEqual({ recorded: true });
    expect(recordsType([excluding([SG])], on, SG, 'us-east-1')).toEqual({ recorded: false, reason: `AWS Config in us-east-1 does not record ${SG}` });
  });

  it('refuses no recorder, a stopped one, one without the type, and a service-linked one alone', () => {
    expect(recordsType([], on, SG, 'eu-west-1')).toEqual({ recorded: false, reason: 'AWS Config has no configuration recorder in eu-west-1' });
    expect(recordsType([recorder({ allSupported: true })], [{ name: 'default', recording: false }], SG, 'eu-west-1')).toEqual({ recorded: false, reason: 'AWS Config\'s recorder "default" is not recording in eu-west-1' });
    expect(recordsType([recorder({ allSupported: true })], [], SG, 'eu-west-1')).toMatchObject({ recorded: false });
    expect(recordsType([recorder({ allSupported: false, resourceTypes: ['AWS::S3::Bucket'] })], on, SG, 'eu-west-1')).toMatchObject({ recorded: false });
    expect(recordsType([recorder({ allSupported: true }, { servicePrincipal: 'securityhub.amazonaws.com' })], on, SG, 'eu-west-1')).toMatchObject({ recorded: false, reason: 'AWS Config has no configuration recorder in eu-west-1' });
  });
});
