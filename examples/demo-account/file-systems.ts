/**
 * Amazon FSx file systems, one of each type: an OpenZFS home-directory
 * share run as the controls ask (Multi-AZ, tags copied to backups and
 * volumes); a Windows File Server share in one zone that copies no tags; a
 * single-AZ NetApp ONTAP file system; a Lustre scratch file system that
 * copies no tags to backups; and, in the EU, an OpenZFS file system whose
 * answer named no CopyTagsToVolumes, so FSx.1 is unknown there, never a pass.
 */
import { fsxFileSystem } from '../../src/resources/types/fsx-file-system.js';
import type { Resource, ResourceError } from '../../src/resources/resource.js';
import { arn, make, type DemoRegion, type Overrides } from './demo.js';

function fileSystem(region: DemoRegion, id: string, name: string, data: Overrides<typeof fsxFileSystem>, errors?: ResourceError[]): Resource {
  return make(fsxFileSystem, {
    id, region, name, arn: arn.in('fsx', region, `file-system/${id}`), tags: { Name: name, team: 'storage' },
    data: { fileSystemId: id, name, ...data },
    ...(errors === undefined ? {} : { errors }),
  });
}

export function fsxFileSystems(): Resource[] {
  return [
    // Compliant: OpenZFS across two zones, tags copied to backups and volumes (FSx.1 and FSx.3 pass).
    fileSystem('us-east-1', 'fs-0a1b2c3d4e5f60001', 'home-directories', {}),
    // Windows File Server in one zone that copies no tags to backups (FSx.5 fails).
    fileSystem('us-east-1', 'fs-0a1b2c3d4e5f60002', 'finance-share', { fileSystemType: 'WINDOWS', deploymentType: 'SINGLE_AZ_2', copyTagsToBackups: false, copyTagsToVolumes: null }),
    // NetApp ONTAP in one zone (FSx.4 fails); ONTAP has no tag copying to judge.
    fileSystem('us-east-1', 'fs-0a1b2c3d4e5f60003', 'erp-volumes', { fileSystemType: 'ONTAP', deploymentType: 'SINGLE_AZ_1', copyTagsToBackups: null, copyTagsToVolumes: null }),
    // Lustre scratch space that copies no tags to its backups (FSx.2 fails).
    fileSystem('us-east-1', 'fs-0a1b2c3d4e5f60004', 'ml-scratch', { fileSystemType: 'LUSTRE', deploymentType: 'PERSISTENT_2', copyTagsToBackups: false, copyTagsToVolumes: null }),
    // Edge case: OpenZFS in one zone (FSx.3 fails) whose answer left out CopyTagsToVolumes (FSx.1 ERROR).
    fileSystem('eu-west-1', 'fs-0a1b2c3d4e5f60005', 'eu-build-cache', { deploymentType: 'SINGLE_AZ_HA_2' },
      [{ path: 'copyTagsToVolumes', code: 'IncompleteResponse', message: 'the answer has no OpenZFSConfiguration.CopyTagsToVolumes', operation: 'fsx:DescribeFileSystems' }]),
  ];
}
