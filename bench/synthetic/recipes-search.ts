/**
 * OpenSearch Service domains of both engines: in a VPC or public, encrypted
 * or not, HTTPS on the latest or an older TLS policy, one to six data nodes
 * with or without zone awareness and dedicated masters, fine-grained access
 * control, error and audit logs on or off, software updates waiting.
 */
import { opensearchDomain } from '../../src/resources/types/opensearch-domain.js';
import { defineRecipe, field, refsOr, type Recipe, type Variation } from './recipe.js';

export const opensearchDomainRecipe: Recipe = defineRecipe({
  definition: opensearchDomain,
  weight: 3,
  vary(rng): Variation<typeof opensearchDomain.data> {
    const opensearch = rng.chance(0.75);
    const zoned = rng.chance(0.6);
    const masters = rng.chance(0.5);
    const inVpc = rng.chance(0.8);
    const encrypted = rng.chance(0.85);
    const published = (chance: number, logType: 'AUDIT_LOGS' | 'ES_APPLICATION_LOGS') => (rng.chance(chance) ? [{ logType, enabled: rng.chance(0.9), cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/${logType.toLowerCase()}` }] : []);
    const update = rng.chance(0.2);
    return {
      data: {
        engineType: opensearch ? 'OpenSearch' : 'Elasticsearch',
        engineVersion: opensearch ? rng.pick(['OpenSearch_2.11', 'OpenSearch_2.13', 'OpenSearch_1.3']) : rng.pick(['Elasticsearch_7.10', 'Elasticsearch_6.8']),
        instanceCount: rng.pick([1, 2, 3, 3, 6]),
        zoneAwarenessEnabled: zoned,
        availabilityZoneCount: zoned ? rng.pick([2, 3]) : null,
        dedicatedMasterEnabled: masters,
        dedicatedMasterCount: masters ? rng.pick([2, 3, 3, 5]) : null,
        ...(inVpc ? {} : { vpcId: null, subnetIds: [], securityGroupIds: [] }),
        encryptionAtRestEnabled: encrypted,
        kmsKeyId: encrypted ? opensearchDomain.example.kmsKeyId : null,
        nodeToNodeEncryptionEnabled: rng.chance(0.8),
        enforceHttps: rng.chance(0.85),
        tlsSecurityPolicy: rng.pick(['Policy-Min-TLS-1-0-2019-07', 'Policy-Min-TLS-1-2-2019-07', 'Policy-Min-TLS-1-2-PFS-2023-10', 'Policy-Min-TLS-1-2-PFS-2023-10'] as const),
        fineGrainedAccessControlEnabled: rng.chance(0.6),
        logPublishing: [...published(0.5, 'AUDIT_LOGS'), ...published(0.7, 'ES_APPLICATION_LOGS')],
        softwareUpdateAvailable: update,
        softwareNewVersion: update ? 'OpenSearch_2_13_R20240520' : null,
      },
      ...(rng.chance(0.03) ? { errors: [{ path: 'softwareUpdateAvailable', code: 'IncompleteResponse', message: 'the answer has no ServiceSoftwareOptions.UpdateAvailable', operation: 'es:DescribeDomains' }] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const name = `search-${seq}`;
    const keys = refs.arns('aws.kms.key', place.account, place.region);
    const inVpc = field(template, 'vpcId') !== null;
    return {
      id: name,
      arn: `arn:aws:es:${place.region}:${place.account}:domain/${name}`,
      data: {
        domainName: name,
        domainId: `${place.account}/${name}`,
        ...(inVpc ? {
          vpcId: refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, ['vpc-0a1b2c3d4e5f67890'])[0] ?? 'vpc-0a1b2c3d4e5f67890',
          subnetIds: refsOr(refs.ids('aws.ec2.subnet', place.account, place.region), rng, 1, ['subnet-0a1b2c3d4e5f67890']),
          securityGroupIds: refsOr(refs.ids('aws.ec2.security-group', place.account, place.region), rng, 1, ['sg-0123456789abcdef0']),
        } : {}),
        ...(field(template, 'kmsKeyId') !== null && keys.length > 0 ? { kmsKeyId: rng.pick(keys) } : {}),
      },
    };
  },
});
