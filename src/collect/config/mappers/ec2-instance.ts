/**
 * AWS::EC2::Instance → aws.ec2.instance. The item's configuration is
 * DescribeInstances' Instance in camelCase, so it is read back into the
 * SDK's shape and mapped by the API collector's own functions: one mapping,
 * two sources. Config writes null where AWS sent nothing; that maps exactly
 * as the SDK's undefined does: null for what AWS sends only when there is
 * one (a public IP, an instance profile), unreadable for what it always
 * sends (the API mapping's own rule). A value the item lacks altogether was
 * never recorded (a real item from 2019 has no metadataOptions: Config
 * captured it only later), so it is unreadable too, with that reason.
 *
 * Names are from awslabs/aws-config-resource-schema (AWS::EC2::Instance) and
 * that real item. Not confirmed in any Config source: metadataOptions.
 * instanceMetadataTags (the schema lists only httpEndpoint,
 * httpPutResponseHopLimit, httpTokens and state); the EC2 API's own
 * camelCase name is read, and its absence is reported, not defaulted.
 */
import type { DeviceType, HttpTokensState, Instance, InstanceMetadataEndpointState, InstanceMetadataOptionsState, InstanceMetadataTagsState, InstanceStateName, MonitoringState, VirtualizationType, _InstanceType } from '@aws-sdk/client-ec2';
import { instanceEnvelope, instanceFields } from '../../aws/ec2/map.js';
import { booleanOf, defineConfigMapper, numberOf, records, stringOf } from '../mapper.js';
import { readFields } from '../../answers.js';
import { fromItem, isRecord, timeOf, unanswered, type Answered } from '../read.js';

const ANSWERS: readonly Answered[] = [
  { key: 'instanceType', path: 'instanceType', kind: 'string' },
  { key: 'imageId', path: 'imageId', kind: 'string' },
  { key: 'state', path: 'state', kind: 'object' },
  { key: 'launchTime', path: 'launchTime', kind: 'time' },
  { key: 'securityGroups', path: 'securityGroupIds', kind: 'list' },
  { key: 'metadataOptions', path: 'metadataOptions', kind: 'object' },
  { key: 'monitoring', path: 'monitoringState', kind: 'object' },
  { key: 'ebsOptimized', path: 'ebsOptimized', kind: 'boolean' },
  { key: 'rootDeviceType', path: 'rootDeviceType', kind: 'string' },
  { key: 'blockDeviceMappings', path: 'blockDeviceVolumeIds', kind: 'list' },
  { key: 'networkInterfaces', path: 'networkInterfaceCount', kind: 'list' },
  { key: 'virtualizationType', path: 'virtualizationType', kind: 'string' },
];

const IMDS_ANSWERS: readonly Answered[] = (['httpTokens', 'httpEndpoint', 'instanceMetadataTags', 'state'] as const)
  .map((key): Answered => ({ key, path: `metadataOptions.${key}`, kind: 'string' }))
  .concat({ key: 'httpPutResponseHopLimit', path: 'metadataOptions.httpPutResponseHopLimit', kind: 'number' });

export const ec2InstanceFromConfig = defineConfigMapper({
  configType: 'AWS::EC2::Instance',
  catalogType: 'aws.ec2.instance',
  map(item, place) {
    const c = item.configuration ?? {};
    const state = isRecord(c.state) ? c.state : undefined;
    const imds = isRecord(c.metadataOptions) ? c.metadataOptions : undefined;
    const monitoring = isRecord(c.monitoring) ? c.monitoring : undefined;
    const profile = isRecord(c.iamInstanceProfile) ? c.iamInstanceProfile : undefined;
    // The SDK's enum types list the values it was generated with; its deserializer passes newer ones through, and so does this.
    const instance: Instance = {
      InstanceId: stringOf(c.instanceId) ?? item.resourceId,
      InstanceType: stringOf(c.instanceType) as _InstanceType | undefined,
      ImageId: stringOf(c.imageId),
      State: state === undefined ? undefined : { Name: stringOf(state.name) as InstanceStateName | undefined },
      LaunchTime: timeOf(c.launchTime),
      VpcId: stringOf(c.vpcId),
      SubnetId: stringOf(c.subnetId),
      PrivateIpAddress: stringOf(c.privateIpAddress),
      PublicIpAddress: stringOf(c.publicIpAddress),
      IamInstanceProfile: profile === undefined ? undefined : { Arn: stringOf(profile.arn), Id: stringOf(profile.id) },
      SecurityGroups: records(c.securityGroups).map((g) => ({ GroupId: stringOf(g.groupId), GroupName: stringOf(g.groupName) })),
      MetadataOptions: imds === undefined ? undefined : {
        HttpTokens: stringOf(imds.httpTokens) as HttpTokensState | undefined,
        HttpEndpoint: stringOf(imds.httpEndpoint) as InstanceMetadataEndpointState | undefined,
        HttpPutResponseHopLimit: numberOf(imds.httpPutResponseHopLimit),
        InstanceMetadataTags: stringOf(imds.instanceMetadataTags) as InstanceMetadataTagsState | undefined,
        State: stringOf(imds.state) as InstanceMetadataOptionsState | undefined,
      },
      Monitoring: monitoring === undefined ? undefined : { State: stringOf(monitoring.state) as MonitoringState | undefined },
      EbsOptimized: booleanOf(c.ebsOptimized),
      RootDeviceType: stringOf(c.rootDeviceType) as DeviceType | undefined,
      BlockDeviceMappings: records(c.blockDeviceMappings).map((m) => ({ DeviceName: stringOf(m.deviceName), Ebs: isRecord(m.ebs) ? { VolumeId: stringOf(m.ebs.volumeId) } : undefined })),
      NetworkInterfaces: Array.isArray(c.networkInterfaces) ? records(c.networkInterfaces).map((n) => ({ NetworkInterfaceId: stringOf(n.networkInterfaceId) })) : undefined,
      VirtualizationType: stringOf(c.virtualizationType) as VirtualizationType | undefined,
      StateTransitionReason: stringOf(c.stateTransitionReason),
      Tags: Object.entries(item.tags).map(([Key, Value]) => ({ Key, Value })),
    };
    const unreadable = [
      ...unanswered(c, ANSWERS),
      ...(state === undefined ? [] : unanswered(state, [{ key: 'name', path: 'state', kind: 'string' }], 'configuration.state')),
      ...(monitoring === undefined ? [] : unanswered(monitoring, [{ key: 'state', path: 'monitoringState', kind: 'string' }], 'configuration.monitoring')),
      ...(imds === undefined ? [] : unanswered(imds, IMDS_ANSWERS, 'configuration.metadataOptions')),
    ];
    const read = fromItem(readFields(instanceFields(instance)), unreadable);
    return {
      envelope: instanceEnvelope(instance, place),
      fields: read.fields,
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
