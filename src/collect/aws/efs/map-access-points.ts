/**
 * Pure mapping from DescribeAccessPoints to the aws.efs.access-point catalog
 * shape, one reader per field (answers.ts).
 *
 * What absence is read as, and why:
 * - PosixUser absent is null: it is optional when the access point is
 *   created, and without it EFS enforces no identity (EFS.4 fails on it).
 * - RootDirectory.Path absent is unknown, never "/": EFS answers the path it
 *   exposes, "/" included, so a missing one says nothing (EFS.3 reads it).
 * - A PosixUser without Uid or Gid is unknown: both are required members.
 * - SecondaryGids absent is empty: the member is optional.
 * - Name absent is no name: EFS answers the Name tag there.
 */
import { knownValue, required, tagMap, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { AccessPointDescription } from '@aws-sdk/client-efs';
import { lifeCycleStates } from './map.js';

type AccessPoint = CatalogData['aws.efs.access-point'];

export function accessPointTags(ap: AccessPointDescription): Record<string, string> {
  return tagMap(ap.Tags);
}

export function accessPointName(ap: AccessPointDescription): string | null {
  const name = ap.Name ?? accessPointTags(ap).Name;
  return name === undefined || name === '' ? null : name;
}

export function accessPointFields(ap: AccessPointDescription): ReadersOf<AccessPoint> {
  return {
    accessPointId: () => text(ap.AccessPointId, 'AccessPointId'),
    fileSystemId: () => text(ap.FileSystemId, 'FileSystemId'),
    name: () => accessPointName(ap),
    lifeCycleState: () => knownValue(ap.LifeCycleState, lifeCycleStates, 'LifeCycleState'),
    rootDirectoryPath: () => text(ap.RootDirectory?.Path, 'RootDirectory.Path'),
    posixUser: () => (ap.PosixUser === undefined ? null : {
      uid: required(ap.PosixUser.Uid, 'PosixUser.Uid'),
      gid: required(ap.PosixUser.Gid, 'PosixUser.Gid'),
      secondaryGids: ap.PosixUser.SecondaryGids ?? [],
    }),
  };
}
