/**
 * FSx file systems of the four types, each with the deployment types and
 * tag copying its Security Hub controls judge: single- or multi-AZ,
 * tags copied or not, and now and then an answer without CopyTagsToBackups.
 */
import { fsxFileSystem } from '../../src/resources/types/fsx-file-system.js';
import { defineRecipe, type Recipe, type Variation } from './recipe.js';

const deploymentTypes = {
  WINDOWS: ['MULTI_AZ_1', 'SINGLE_AZ_1', 'SINGLE_AZ_2'],
  LUSTRE: ['PERSISTENT_1', 'PERSISTENT_2', 'SCRATCH_2'],
  ONTAP: ['MULTI_AZ_1', 'MULTI_AZ_2', 'SINGLE_AZ_1', 'SINGLE_AZ_2'],
  OPENZFS: ['MULTI_AZ_1', 'SINGLE_AZ_1', 'SINGLE_AZ_2', 'SINGLE_AZ_HA_2'],
} as const;

export const fsxFileSystemRecipe: Recipe = defineRecipe({
  definition: fsxFileSystem,
  weight: 2,
  vary(rng): Variation<typeof fsxFileSystem.data> {
    const fileSystemType = rng.pick(['WINDOWS', 'LUSTRE', 'ONTAP', 'OPENZFS'] as const);
    return {
      data: {
        fileSystemType,
        lifecycle: rng.chance(0.95) ? 'AVAILABLE' : 'UPDATING',
        deploymentType: rng.pick(deploymentTypes[fileSystemType]),
        copyTagsToBackups: fileSystemType === 'ONTAP' ? null : rng.chance(0.6),
        copyTagsToVolumes: fileSystemType === 'OPENZFS' ? rng.chance(0.6) : null,
      },
      ...(fileSystemType !== 'ONTAP' && rng.chance(0.03) ? { errors: [{ path: 'copyTagsToBackups', code: 'IncompleteResponse', message: 'the answer has no CopyTagsToBackups', operation: 'fsx:DescribeFileSystems' }] } : {}),
    };
  },
  identify(seq, place) {
    const id = `fs-0${seq.toString(16).padStart(16, '0')}`;
    return { id, name: `fsx-${seq}`, arn: `arn:aws:fsx:${place.region}:${place.account}:file-system/${id}`, data: { fileSystemId: id, name: `fsx-${seq}` } };
  },
});
