/** DynamoDB Accelerator (DAX) clusters: one hardened, one on the old defaults, one created with TLS but no encryption at rest. */
import { daxCluster } from '../../src/resources/types/dax-cluster.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, make, securityGroups as sg, type DemoRegion, type Overrides } from './demo.js';

function cluster(region: DemoRegion, name: string, data: Overrides<typeof daxCluster>): Resource {
  return make(daxCluster, { id: name, region, arn: arn.in('dax', region, `cache/${name}`), data: { clusterName: name, ...data } });
}

export function daxClusters(): Resource[] {
  return [
    // Compliant: encrypted at rest, TLS endpoint (DynamoDB.3 and .7 pass).
    cluster('us-east-1', 'orders-cache', { subnetGroup: 'prod-db-subnets', securityGroupIds: [sg.appDb] }),
    // Non-compliant: created before either setting existed (both fail).
    cluster('eu-west-1', 'legacy-sessions-cache', {
      nodeType: 'dax.t3.small', totalNodes: 1, sseStatus: 'DISABLED', endpointEncryptionType: 'NONE', subnetGroup: 'prod-eu-db-subnets', securityGroupIds: [sg.ordersDbEu],
    }),
    // Edge case: a TLS endpoint without encryption at rest (DynamoDB.7 passes, DynamoDB.3 fails).
    cluster('us-east-1', 'inventory-cache', { sseStatus: 'DISABLED', subnetGroup: 'prod-db-subnets', securityGroupIds: [sg.appDb] }),
  ];
}
