/**
 * Pure mapping from DescribeImages and DescribeImageAttribute
 * (launchPermission) answers to aws.ec2.image. Absence read as "none": an
 * image's DeprecationTime (sent only when a deprecation is set), a mapping's
 * DeviceName, KmsKeyId and SnapshotId, and an attribute answer's
 * LaunchPermissions (no element when the image is shared with no one). A
 * mapping without Ebs is an instance store volume or a suppressed device. An
 * EBS mapping's Encrypted is always answered for an image, so its absence is
 * unknown, never "not encrypted" or "encrypted". A permission entry naming
 * nothing, or a group other than "all", is unreadable.
 */
import { eachOf, emptyToNull, knownValue, required, text, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { BlockDeviceMapping, DescribeImageAttributeCommandOutput, Image, LaunchPermission } from '@aws-sdk/client-ec2';
import { ec2Arn, envelope, type Envelope, type Place } from './map.js';

type ImageData = CatalogData['aws.ec2.image'];

/** A timestamp EC2 sends as ISO 8601 text (CreationDate, DeprecationTime). */
function isoText(value: string, what: string): string {
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(time)) throw new UnreadableAnswer('IncompleteResponse', `the answer has ${what} "${value}", which is not a timestamp`);
  return new Date(time).toISOString();
}

export function imageEnvelope(image: Image, place: Place): Envelope<'aws.ec2.image'> {
  const id = image.ImageId ?? '';
  // Image ARNs carry no account id (arn:aws:ec2:region::image/ami-…).
  return envelope('aws.ec2.image', id, ec2Arn(place, 'image', id, ''), image.Tags, image.Name);
}

function blockDevice(mapping: BlockDeviceMapping): ImageData['blockDeviceMappings'][number] {
  const ebs = mapping.Ebs;
  return {
    deviceName: emptyToNull(mapping.DeviceName),
    ebs: ebs === undefined ? null : {
      encrypted: required(ebs.Encrypted, 'BlockDeviceMappings Ebs.Encrypted'),
      kmsKeyId: emptyToNull(ebs.KmsKeyId),
      snapshotId: emptyToNull(ebs.SnapshotId),
    },
  };
}

export function imageFields(image: Image): ReadersOf<ImageData> {
  return {
    imageId: () => text(image.ImageId, 'ImageId'),
    imageName: () => text(image.Name, 'Name'),
    state: () => knownValue(image.State, ['pending', 'available', 'invalid', 'deregistered', 'transient', 'failed', 'error', 'disabled'], 'State'),
    ownerId: () => text(image.OwnerId, 'OwnerId'),
    creationDate: () => isoText(text(image.CreationDate, 'CreationDate'), 'CreationDate'),
    deprecationTime: () => (emptyToNull(image.DeprecationTime) === null ? null : isoText(image.DeprecationTime ?? '', 'DeprecationTime')),
    rootDeviceType: () => knownValue(image.RootDeviceType, ['ebs', 'instance-store'], 'RootDeviceType'),
    virtualizationType: () => knownValue(image.VirtualizationType, ['hvm', 'paravirtual'], 'VirtualizationType'),
    blockDeviceMappings: () => eachOf(image.BlockDeviceMappings, 'BlockDeviceMappings', blockDevice),
  };
}

function launchPermission(entry: LaunchPermission): ImageData['launchPermissions'][number] {
  const out = {
    group: entry.Group === undefined ? null : knownValue(entry.Group, ['all'], 'LaunchPermissions Group'),
    userId: emptyToNull(entry.UserId),
    organizationArn: emptyToNull(entry.OrganizationArn),
    organizationalUnitArn: emptyToNull(entry.OrganizationalUnitArn),
  };
  if (Object.values(out).every((v) => v === null)) throw new UnreadableAnswer('IncompleteResponse', 'the answer has a LaunchPermissions entry that names no one');
  return out;
}

/** The launchPermission attribute; an answer about another image is unreadable. */
export function launchPermissions(answer: DescribeImageAttributeCommandOutput, imageId: string): WithGaps<ImageData['launchPermissions']> {
  if (answer.ImageId !== undefined && answer.ImageId !== imageId) throw new UnreadableAnswer('UnexpectedResponse', `DescribeImageAttribute answered for ${answer.ImageId}, not ${imageId}`);
  return eachOf(answer.LaunchPermissions ?? [], 'LaunchPermissions', launchPermission);
}
