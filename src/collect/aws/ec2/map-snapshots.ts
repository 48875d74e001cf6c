/**
 * Pure mapping from DescribeSnapshots and DescribeSnapshotAttribute
 * (createVolumePermission) answers to aws.ec2.snapshot. Absence read as
 * "none": a snapshot's Description and KmsKeyId (only an encrypted snapshot
 * has a key), and an attribute answer's CreateVolumePermissions (AWS sends no
 * element when the snapshot is shared with no one). A permission entry that
 * names neither a group nor an account, or a group other than "all", is
 * unreadable: publicness is never guessed.
 */
import { eachOf, emptyToNull, iso, knownValue, required, text, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { CreateVolumePermission, DescribeSnapshotAttributeCommandOutput, Snapshot } from '@aws-sdk/client-ec2';
import { ec2Arn, envelope, type Envelope, type Place } from './map.js';

type SnapshotData = CatalogData['aws.ec2.snapshot'];

export function snapshotEnvelope(snapshot: Snapshot, place: Place): Envelope<'aws.ec2.snapshot'> {
  const id = snapshot.SnapshotId ?? '';
  // Snapshot ARNs carry no account id (arn:aws:ec2:region::snapshot/snap-…).
  return envelope('aws.ec2.snapshot', id, ec2Arn(place, 'snapshot', id, ''), snapshot.Tags);
}

export function snapshotFields(snapshot: Snapshot): ReadersOf<SnapshotData> {
  return {
    snapshotId: () => text(snapshot.SnapshotId, 'SnapshotId'),
    volumeId: () => emptyToNull(snapshot.VolumeId),
    volumeSize: () => required(snapshot.VolumeSize, 'VolumeSize'),
    state: () => knownValue(snapshot.State, ['pending', 'completed', 'error', 'recoverable', 'recovering'], 'State'),
    startTime: () => iso(snapshot.StartTime, 'StartTime'),
    ownerId: () => text(snapshot.OwnerId, 'OwnerId'),
    description: () => emptyToNull(snapshot.Description),
    encrypted: () => required(snapshot.Encrypted, 'Encrypted'),
    kmsKeyId: () => (required(snapshot.Encrypted, 'Encrypted') ? emptyToNull(snapshot.KmsKeyId) : null),
  };
}

function volumePermission(entry: CreateVolumePermission): SnapshotData['createVolumePermissions'][number] {
  const group = entry.Group === undefined ? null : knownValue(entry.Group, ['all'], 'CreateVolumePermissions Group');
  const userId = emptyToNull(entry.UserId);
  if (group === null && userId === null) throw new UnreadableAnswer('IncompleteResponse', 'the answer has a CreateVolumePermissions entry with neither Group nor UserId');
  return { group, userId };
}

/** The createVolumePermission attribute; an answer about another snapshot is unreadable. */
export function createVolumePermissions(answer: DescribeSnapshotAttributeCommandOutput, snapshotId: string): WithGaps<SnapshotData['createVolumePermissions']> {
  if (answer.SnapshotId !== undefined && answer.SnapshotId !== snapshotId) throw new UnreadableAnswer('UnexpectedResponse', `DescribeSnapshotAttribute answered for ${answer.SnapshotId}, not ${snapshotId}`);
  return eachOf(answer.CreateVolumePermissions ?? [], 'CreateVolumePermissions', volumePermission);
}
