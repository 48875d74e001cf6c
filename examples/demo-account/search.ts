/**
 * OpenSearch Service domains of both engines: a product search domain run
 * as every control asks; an Elasticsearch log domain on the console's old
 * defaults, failing each one; and an EU domain with the edge cases: only
 * two dedicated masters, HTTPS on the 2019 TLS 1.2 policy (no forward
 * secrecy), an error log configured but switched off beside audit logs
 * that are published, and service software status the answer left out, so
 * Opensearch.10 is unknown, never "up to date".
 */
import { opensearchDomain } from '../../src/resources/types/opensearch-domain.js';
import type { Resource, ResourceError } from '../../src/resources/resource.js';
import { arn, demo, keys, make, securityGroups as sg, subnets, vpcs, type DemoRegion, type Overrides } from './demo.js';

function domain(region: DemoRegion, name: string, data: Overrides<typeof opensearchDomain>, errors?: ResourceError[]): Resource {
  return make(opensearchDomain, {
    id: name, region, arn: arn.in('es', region, `domain/${name}`), tags: { team: 'search' },
    data: { domainName: name, domainId: `${demo.account}/${name}`, ...data },
    ...(errors === undefined ? {} : { errors }),
  });
}

const logTo = (region: DemoRegion, name: string, log: string): string => arn.logGroup(region, `/aws/opensearch/${name}/${log}`);

export function opensearchDomains(): Resource[] {
  return [
    // Compliant: private in the prod VPC, KMS-encrypted, TLS everywhere on the 2023 policy, fine-grained access
    // control, three data nodes over three zones, three dedicated masters, error and audit logs, current software.
    domain('us-east-1', 'product-search', {
      vpcId: vpcs.prodUsEast1, subnetIds: [subnets.prodUsEast1Private], securityGroupIds: [sg.appTier], kmsKeyId: keys.appData,
      logPublishing: [
        { logType: 'AUDIT_LOGS', enabled: true, cloudWatchLogsLogGroupArn: logTo('us-east-1', 'product-search', 'audit') },
        { logType: 'ES_APPLICATION_LOGS', enabled: true, cloudWatchLogsLogGroupArn: logTo('us-east-1', 'product-search', 'application') },
      ],
    }),
    // Fails every control: an Elasticsearch 7.10 domain on a public endpoint, unencrypted at rest and between nodes,
    // plain HTTP allowed on the TLS 1.0 policy, one data node in one zone, no masters, no fine-grained access
    // control, only slow logs published, and a service software update waiting.
    domain('us-east-1', 'legacy-logs', {
      engineType: 'Elasticsearch', engineVersion: 'Elasticsearch_7.10', instanceType: 't3.medium.search', instanceCount: 1,
      zoneAwarenessEnabled: false, availabilityZoneCount: null, dedicatedMasterEnabled: false, dedicatedMasterCount: null,
      vpcId: null, subnetIds: [], securityGroupIds: [], encryptionAtRestEnabled: false, kmsKeyId: null, nodeToNodeEncryptionEnabled: false,
      enforceHttps: false, tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07', fineGrainedAccessControlEnabled: false,
      logPublishing: [{ logType: 'SEARCH_SLOW_LOGS', enabled: true, cloudWatchLogsLogGroupArn: logTo('us-east-1', 'legacy-logs', 'search-slow') }],
      softwareVersion: 'Elasticsearch_7_10_R20230928', softwareNewVersion: 'Elasticsearch_7_10_R20240502', softwareUpdateAvailable: true,
    }),
    // Edge cases: two dedicated masters (ES.7 fails), the 2019 TLS 1.2 policy (ES.8 / Opensearch.8 fail), an error log
    // switched off (ES.4 / Opensearch.4 fail) beside published audit logs, and the service software status unreadable.
    domain('eu-west-1', 'orders-search-eu', {
      engineVersion: 'OpenSearch_2.13', dedicatedMasterCount: 2, vpcId: vpcs.prodEuWest1, subnetIds: [subnets.prodEuWest1Private], securityGroupIds: [sg.appTierEu],
      kmsKeyId: keys.euData, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07',
      logPublishing: [
        { logType: 'AUDIT_LOGS', enabled: true, cloudWatchLogsLogGroupArn: logTo('eu-west-1', 'orders-search-eu', 'audit') },
        { logType: 'ES_APPLICATION_LOGS', enabled: false, cloudWatchLogsLogGroupArn: logTo('eu-west-1', 'orders-search-eu', 'application') },
      ],
      softwareVersion: 'OpenSearch_2_13_R20240520', softwareNewVersion: null,
    }, [{ path: 'softwareUpdateAvailable', code: 'IncompleteResponse', message: 'the answer has no ServiceSoftwareOptions.UpdateAvailable', operation: 'es:DescribeDomains' }]),
  ];
}
