import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, str } from '../fields.js';

/** The log types a domain can publish to CloudWatch Logs (LogPublishingOptions keys). */
export const OPENSEARCH_LOG_TYPES = ['AUDIT_LOGS', 'ES_APPLICATION_LOGS', 'INDEX_SLOW_LOGS', 'SEARCH_SLOW_LOGS'] as const;

/** The TLS security policies of the domain endpoint (DomainEndpointOptions.TLSSecurityPolicy). */
export const OPENSEARCH_TLS_POLICIES = ['Policy-Min-TLS-1-0-2019-07', 'Policy-Min-TLS-1-2-2019-07', 'Policy-Min-TLS-1-2-PFS-2023-10', 'Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08'] as const;

export const opensearchDomain = defineResourceType({
  type: 'aws.opensearch.domain',
  service: 'es',
  scope: 'regional',
  awsTypes: ['AWS::OpenSearch::Domain', 'AWS::Elasticsearch::Domain'],
  description: 'An Amazon OpenSearch Service domain of either engine (OpenSearch or Elasticsearch) with its engine version, node layout, network placement, encryption, endpoint TLS settings, fine-grained access control, log publishing and service software status.',
  idDescription: 'the domain name',
  data: obj({
    domainName: str('Domain name (ListDomainNames DomainName).'),
    engineType: oneOf(['OpenSearch', 'Elasticsearch'], 'Engine the domain runs (ListDomainNames EngineType).'),
    domainId: str('Domain id, account id and domain name joined by a slash (DescribeDomains DomainId).'),
    engineVersion: str('Engine and version, e.g. OpenSearch_2.11 or Elasticsearch_7.10 (EngineVersion).'),
    instanceType: str('Instance type of the data nodes, e.g. r6g.large.search (ClusterConfig.InstanceType).'),
    instanceCount: int('Number of data nodes (ClusterConfig.InstanceCount).', { minimum: 0 }),
    zoneAwarenessEnabled: bool('Whether data nodes are spread over several Availability Zones (ClusterConfig.ZoneAwarenessEnabled).'),
    availabilityZoneCount: nullable(int('Availability Zones the data nodes are spread over (ClusterConfig.ZoneAwarenessConfig.AvailabilityZoneCount); null while zone awareness is off.', { minimum: 1 })),
    dedicatedMasterEnabled: bool('Whether the domain has dedicated master nodes (ClusterConfig.DedicatedMasterEnabled).'),
    dedicatedMasterCount: nullable(int('Number of dedicated master nodes (ClusterConfig.DedicatedMasterCount); null when the domain has none.', { minimum: 0 })),
    vpcId: nullable(str('VPC the domain endpoint is placed in (VPCOptions.VPCId); null when the domain has a public endpoint (no VPCOptions).')),
    subnetIds: list(str('A subnet id, e.g. subnet-0123456789abcdef0.'), 'Subnets of the domain endpoint (VPCOptions.SubnetIds); empty for a public endpoint.'),
    securityGroupIds: list(str('A security group id, e.g. sg-0123456789abcdef0.'), 'Security groups of the domain endpoint (VPCOptions.SecurityGroupIds); empty for a public endpoint.'),
    encryptionAtRestEnabled: bool('Whether the domain\'s indexes, logs and snapshots are encrypted at rest (EncryptionAtRestOptions.Enabled).'),
    kmsKeyId: nullable(str('KMS key that encrypts the domain at rest (EncryptionAtRestOptions.KmsKeyId); null when the service names none.')),
    nodeToNodeEncryptionEnabled: bool('Whether traffic between the domain\'s nodes is encrypted with TLS (NodeToNodeEncryptionOptions.Enabled).'),
    enforceHttps: bool('Whether the endpoint refuses plain HTTP (DomainEndpointOptions.EnforceHTTPS).'),
    tlsSecurityPolicy: oneOf(OPENSEARCH_TLS_POLICIES, 'TLS security policy of the endpoint, which sets the oldest TLS version and the ciphers it accepts (DomainEndpointOptions.TLSSecurityPolicy).'),
    fineGrainedAccessControlEnabled: bool('Whether fine-grained access control is on (AdvancedSecurityOptions.Enabled).'),
    logPublishing: list(obj({
      logType: oneOf(OPENSEARCH_LOG_TYPES, 'The log type (the LogPublishingOptions key).'),
      enabled: bool('Whether the log is published (Enabled).'),
      cloudWatchLogsLogGroupArn: nullable(str('CloudWatch Logs log group the log is published to (CloudWatchLogsLogGroupArn); null when none is named.')),
    }, 'One log type the domain has publishing settings for.'), 'Log publishing settings by log type (LogPublishingOptions), sorted by log type; a log type never configured is not listed, and an answer without LogPublishingOptions lists none.'),
    softwareVersion: str('Service software version the domain runs, e.g. OpenSearch_2_11_R20240502 (ServiceSoftwareOptions.CurrentVersion).'),
    softwareNewVersion: nullable(str('Service software version an update would install (ServiceSoftwareOptions.NewVersion); null when the service names none.')),
    softwareUpdateAvailable: bool('Whether a service software update is available and not installed (ServiceSoftwareOptions.UpdateAvailable).'),
  }, 'OpenSearch Service domain settings.'),
  example: {
    domainName: 'example-search',
    engineType: 'OpenSearch',
    domainId: '123456789012/example-search',
    engineVersion: 'OpenSearch_2.11',
    instanceType: 'r6g.large.search',
    instanceCount: 3,
    zoneAwarenessEnabled: true,
    availabilityZoneCount: 3,
    dedicatedMasterEnabled: true,
    dedicatedMasterCount: 3,
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    subnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0b1c2d3e4f5a67890', 'subnet-0c1d2e3f4a5b67890'],
    securityGroupIds: ['sg-0123456789abcdef0'],
    encryptionAtRestEnabled: true,
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    nodeToNodeEncryptionEnabled: true,
    enforceHttps: true,
    tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
    fineGrainedAccessControlEnabled: true,
    logPublishing: [
      { logType: 'AUDIT_LOGS', enabled: true, cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/example-search/audit' },
      { logType: 'ES_APPLICATION_LOGS', enabled: true, cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/example-search/application' },
    ],
    softwareVersion: 'OpenSearch_2_11_R20240502',
    softwareNewVersion: null,
    softwareUpdateAvailable: false,
  },
});
