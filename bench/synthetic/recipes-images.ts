/**
 * EBS snapshots and AMIs the account owns: encrypted or not, shared with
 * no one, with named accounts or an organization, or (rarely) public; AMIs
 * with and without a deprecation time and instance store mappings.
 */
import { ec2Image } from '../../src/resources/types/ec2-image.js';
import { ec2Snapshot } from '../../src/resources/types/ec2-snapshot.js';
import { daysAgo, defineRecipe, denied, type Recipe, type Variation } from './recipe.js';
import { ec2Suffix } from './rng.js';

export const snapshotRecipe: Recipe = defineRecipe({
  definition: ec2Snapshot,
  weight: 120,
  vary(rng): Variation<typeof ec2Snapshot.data> {
    const encrypted = rng.chance(0.7);
    const sharing = rng.pick(['none', 'none', 'none', 'account', 'public'] as const);
    return {
      data: {
        volumeId: `vol-${rng.hex(17)}`,
        volumeSize: rng.pick([8, 20, 100, 500]),
        state: rng.chance(0.95) ? 'completed' : 'pending',
        startTime: daysAgo(rng.int(1, 1500)),
        description: rng.chance(0.5) ? 'automated backup' : null,
        encrypted,
        kmsKeyId: encrypted ? ec2Snapshot.example.kmsKeyId : null,
        // Only unencrypted snapshots can be made public.
        createVolumePermissions: sharing === 'account' ? [{ group: null, userId: '210987654321' }]
          : sharing === 'public' && !encrypted ? [{ group: 'all', userId: null }] : [],
      },
      ...(rng.chance(0.02) ? { errors: [denied('createVolumePermissions', 'ec2:DescribeSnapshotAttribute', 'UnauthorizedOperation')] } : {}),
    };
  },
  identify(seq, place) {
    const snapshotId = `snap-${ec2Suffix(seq)}`;
    return { id: snapshotId, arn: `arn:aws:ec2:${place.region}::snapshot/${snapshotId}`, data: { snapshotId, ownerId: place.account } };
  },
});

export const imageRecipe: Recipe = defineRecipe({
  definition: ec2Image,
  weight: 40,
  vary(rng): Variation<typeof ec2Image.data> {
    const encrypted = rng.chance(0.6);
    const sharing = rng.pick(['none', 'none', 'account', 'organization', 'public'] as const);
    const none = { group: null, userId: null, organizationArn: null, organizationalUnitArn: null };
    return {
      data: {
        state: rng.chance(0.95) ? 'available' : 'deregistered',
        creationDate: daysAgo(rng.int(1, 1500)),
        deprecationTime: rng.chance(0.4) ? daysAgo(-rng.int(1, 700)) : null,
        virtualizationType: rng.chance(0.97) ? 'hvm' : 'paravirtual',
        blockDeviceMappings: [
          { deviceName: '/dev/xvda', ebs: { encrypted, kmsKeyId: encrypted ? ec2Image.example.blockDeviceMappings[0]?.ebs?.kmsKeyId ?? null : null, snapshotId: `snap-${rng.hex(17)}` } },
          ...(rng.chance(0.2) ? [{ deviceName: '/dev/sdb', ebs: null }] : []),
        ],
        launchPermissions: sharing === 'account' ? [{ ...none, userId: '210987654321' }]
          : sharing === 'organization' ? [{ ...none, organizationArn: 'arn:aws:organizations::123456789012:organization/o-abc123def4' }]
            : sharing === 'public' ? [{ ...none, group: 'all' }] : [],
      },
      ...(rng.chance(0.02) ? { errors: [denied('launchPermissions', 'ec2:DescribeImageAttribute', 'UnauthorizedOperation')] } : {}),
    };
  },
  identify(seq, place) {
    const imageId = `ami-${ec2Suffix(seq)}`;
    return { id: imageId, arn: `arn:aws:ec2:${place.region}::image/${imageId}`, data: { imageId, imageName: `image-${seq}`, ownerId: place.account } };
  },
});
