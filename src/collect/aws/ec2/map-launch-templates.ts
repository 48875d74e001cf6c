/**
 * Pure mapping from DescribeLaunchTemplates and DescribeLaunchTemplateVersions
 * answers to aws.ec2.launch-template, one reader per field (answers.ts),
 * kept apart from map.ts so the EC2 modules do not share one file.
 * Unlike the rest of EC2, a version's launch template data holds only what
 * its author set, so absence there is "not set in the template" (below).
 */
import { eachOf, emptyToNull, iso, knownValue, required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { LaunchTemplate, LaunchTemplateVersion } from '@aws-sdk/client-ec2';
import { ec2Arn, envelope, type Envelope, type Place } from './map.js';

export function launchTemplateEnvelope(template: LaunchTemplate, place: Place): Envelope<'aws.ec2.launch-template'> {
  const id = template.LaunchTemplateId ?? '';
  return envelope('aws.ec2.launch-template', id, ec2Arn(place, 'launch-template', id), template.Tags, template.LaunchTemplateName);
}

type LaunchTemplateData = CatalogData['aws.ec2.launch-template'];

/** What DescribeLaunchTemplates answers for the template itself. */
export function launchTemplateFields(template: LaunchTemplate): ReadersOf<LaunchTemplateData> {
  return {
    launchTemplateId: () => text(template.LaunchTemplateId, 'LaunchTemplateId'),
    launchTemplateName: () => text(template.LaunchTemplateName, 'LaunchTemplateName'),
    createTime: () => iso(template.CreateTime, 'CreateTime'),
    defaultVersionNumber: () => required(template.DefaultVersionNumber, 'DefaultVersionNumber'),
    latestVersionNumber: () => required(template.LatestVersionNumber, 'LatestVersionNumber'),
  };
}

/** A value the template may leave out: null when it does, otherwise one AWS's set knows. */
const optionalKnown = <const V extends string>(value: string | undefined, allowed: readonly V[], what: string): V | null =>
  (value === undefined ? null : knownValue(value, allowed, what));

/**
 * What the default version specifies. Launch template data holds only what
 * its author set (every member of ResponseLaunchTemplateData is optional, and
 * AWS leaves unset ones out, lists included), so here absence is "not set in
 * the template" (null, or an empty list), the one place in EC2 where it is;
 * the LaunchTemplateData element itself is always answered.
 */
export function launchTemplateVersionFields(version: LaunchTemplateVersion): ReadersOf<LaunchTemplateData> {
  const data = (): NonNullable<LaunchTemplateVersion['LaunchTemplateData']> => required(version.LaunchTemplateData, 'LaunchTemplateData');
  const imds = (): NonNullable<NonNullable<LaunchTemplateVersion['LaunchTemplateData']>['MetadataOptions']> => data().MetadataOptions ?? {};
  return {
    'metadataOptions.httpTokens': () => optionalKnown(imds().HttpTokens, ['optional', 'required'], 'MetadataOptions.HttpTokens'),
    'metadataOptions.httpEndpoint': () => optionalKnown(imds().HttpEndpoint, ['enabled', 'disabled'], 'MetadataOptions.HttpEndpoint'),
    'metadataOptions.httpPutResponseHopLimit': () => imds().HttpPutResponseHopLimit ?? null,
    networkInterfaces: () => eachOf(data().NetworkInterfaces ?? [], 'NetworkInterfaces', (n) => ({
      deviceIndex: n.DeviceIndex ?? null,
      networkInterfaceId: emptyToNull(n.NetworkInterfaceId),
      subnetId: emptyToNull(n.SubnetId),
      associatePublicIpAddress: n.AssociatePublicIpAddress ?? null,
    })),
    blockDeviceMappings: () => eachOf(data().BlockDeviceMappings ?? [], 'BlockDeviceMappings', (m) => ({
      deviceName: emptyToNull(m.DeviceName),
      ebs: m.Ebs === undefined ? null : { encrypted: m.Ebs.Encrypted ?? null, kmsKeyId: emptyToNull(m.Ebs.KmsKeyId), snapshotId: emptyToNull(m.Ebs.SnapshotId) },
    })),
  };
}
