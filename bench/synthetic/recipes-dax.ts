/**
 * DAX clusters: most encrypted at rest and behind a TLS endpoint, some on
 * the old defaults, a few mid-change, so both DAX controls see every
 * verdict.
 */
import { daxCluster } from '../../src/resources/types/dax-cluster.js';
import { defineRecipe, refsOr, type Recipe, type Variation } from './recipe.js';

export const daxClusterRecipe: Recipe = defineRecipe({
  definition: daxCluster,
  weight: 3,
  vary(rng): Variation<typeof daxCluster.data> {
    const encrypted = rng.chance(0.7);
    return {
      data: {
        sseStatus: encrypted ? 'ENABLED' : rng.chance(0.9) ? 'DISABLED' : 'ENABLING',
        endpointEncryptionType: rng.chance(0.6) ? 'TLS' : 'NONE',
        totalNodes: rng.int(1, 5),
      },
      // One answer in fifty without its SSEDescription: unknown, as the collector records it.
      ...(rng.chance(0.02) ? { errors: [{ path: 'sseStatus', code: 'IncompleteResponse', operation: 'DAX:DescribeClusters', message: 'the answer has no SSEDescription.Status' }] } : {}),
    };
  },
  identify(seq, place, _template, refs, rng) {
    const name = `dax-${seq}`;
    return {
      id: name,
      arn: `arn:aws:dax:${place.region}:${place.account}:cache/${name}`,
      data: { clusterName: name, subnetGroup: `${name}-subnets`, securityGroupIds: refsOr(refs.ids('aws.ec2.security-group', place.account, place.region), rng, 1, ['sg-0123456789abcdef0']) },
    };
  },
});
