/**
 * EKS clusters: one run as the controls ask, one left on the defaults of
 * years ago, and one that is mostly right but behind on its version.
 */
import { eksCluster } from '../../src/resources/types/eks-cluster.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, daysAgo, keys, make, subnets, vpcs, type DemoRegion, type Overrides } from './demo.js';

function cluster(region: DemoRegion, name: string, tags: Record<string, string>, data: Overrides<typeof eksCluster>): Resource {
  const clusterArn = arn.in('eks', region, `cluster/${name}`);
  return make(eksCluster, { id: name, region, arn: clusterArn, tags, data: { name, arn: clusterArn, ...data } });
}

const allLogs = { api: true, audit: true, authenticator: true, controllerManager: true, scheduler: true };

export function eksClusters(): Resource[] {
  return [
    // Private endpoint, secrets under the app-data key, every log exported, access entries, a version in standard support.
    cluster('us-east-1', 'prod-platform', { team: 'platform' }, {
      createdAt: '2024-09-12T10:00:00.000Z', version: '1.35', kubernetesMinorVersion: 35, platformVersion: 'eks.7',
      endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'],
      vpcId: vpcs.prodUsEast1, subnetIds: [subnets.prodUsEast1Private], securityGroupIds: [], clusterSecurityGroupId: 'sg-0e1c2a3b4d5f60718',
      encryptionConfig: [{ resources: ['secrets'], keyArn: keys.appData }],
      logging: allLogs, authenticationMode: 'API', upgradePolicySupportType: 'STANDARD',
    }),
    // Created in 2021 with the console's defaults and never revisited: public endpoint open to all, no KMS key,
    // no control plane logs, aws-auth ConfigMap, and kept on 1.32 by paid extended support.
    cluster('us-east-1', 'legacy-batch', {}, {
      createdAt: '2021-04-20T14:30:00.000Z', version: '1.32', kubernetesMinorVersion: 32, platformVersion: 'eks.26',
      endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'],
      vpcId: vpcs.defaultUsEast1, subnetIds: [subnets.defaultUsEast1a], securityGroupIds: [], clusterSecurityGroupId: 'sg-0b2a3c4d5e6f70819',
      encryptionConfig: null,
      logging: { api: false, audit: false, authenticator: false, controllerManager: false, scheduler: false },
      authenticationMode: 'CONFIG_MAP', upgradePolicySupportType: 'EXTENDED',
    }),
    // Encrypted, public endpoint limited to the office range (still public), audit and api logs only,
    // and on 1.34, which left EKS standard support on 2026-12-02.
    cluster('eu-west-1', 'analytics-eu', { team: 'data' }, {
      createdAt: daysAgo(300), version: '1.34', kubernetesMinorVersion: 34, platformVersion: 'eks.9',
      endpointPublicAccess: true, endpointPrivateAccess: true, publicAccessCidrs: ['198.51.100.0/24'],
      vpcId: vpcs.prodEuWest1, subnetIds: [subnets.prodEuWest1Private], securityGroupIds: [], clusterSecurityGroupId: 'sg-0f0e1d2c3b4a59687',
      encryptionConfig: [{ resources: ['secrets'], keyArn: keys.euData }],
      logging: { ...allLogs, authenticator: false, controllerManager: false, scheduler: false },
      authenticationMode: 'API_AND_CONFIG_MAP', upgradePolicySupportType: 'STANDARD',
    }),
  ];
}
