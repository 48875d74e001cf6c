/** redshiftClusters through the real Redshift client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { redshiftClusters } from './clusters.js';
import { byAction, queryError, xml, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const NS = 'http://redshift.amazonaws.com/doc/2012-12-01/';
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const answer = (action: string, result: string): RecordedResponse => xml(`<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>recorded</RequestId></ResponseMetadata></${action}Response>`);
const marker = (next: string | undefined): string => (next === undefined ? '' : `<Marker>${next}</Marker>`);
const clustersPage = (clusters: string[], next?: string): RecordedResponse => answer('DescribeClusters', `<Clusters>${clusters.join('')}</Clusters>${marker(next)}`);
const parametersPage = (parameters: [string, string][], next?: string): RecordedResponse => answer('DescribeClusterParameters',
  `<Parameters>${parameters.map(([name, value]) => `<Parameter><ParameterName>${name}</ParameterName><ParameterValue>${value}</ParameterValue><Source>user</Source></Parameter>`).join('')}</Parameters>${marker(next)}`);
const logging = (body: string): RecordedResponse => answer('DescribeLoggingStatus', body);

const cluster = (id: string, group: string, body: string, status = 'available'): string => `<Cluster>
  <ClusterIdentifier>${id}</ClusterIdentifier><ClusterStatus>${status}</ClusterStatus>
  <ClusterParameterGroups><ClusterParameterGroup><ParameterGroupName>${group}</ParameterGroupName><ParameterApplyStatus>in-sync</ParameterApplyStatus></ClusterParameterGroup></ClusterParameterGroups>
  ${body}
</Cluster>`;
const warehouse = cluster('warehouse', 'warehouse-params', `
  <NodeType>ra3.xlplus</NodeType><NumberOfNodes>2</NumberOfNodes><ClusterCreateTime>2024-04-01T09:00:00.000Z</ClusterCreateTime>
  <MasterUsername>warehouse_owner</MasterUsername><DBName>analytics</DBName><Endpoint><Address>warehouse.abc.us-east-1.redshift.amazonaws.com</Address><Port>5499</Port></Endpoint>
  <AutomatedSnapshotRetentionPeriod>7</AutomatedSnapshotRetentionPeriod><ManualSnapshotRetentionPeriod>-1</ManualSnapshotRetentionPeriod>
  <VpcSecurityGroups><VpcSecurityGroup><VpcSecurityGroupId>sg-0123456789abcdef0</VpcSecurityGroupId><Status>active</Status></VpcSecurityGroup></VpcSecurityGroups>
  <ClusterSubnetGroupName>warehouse-subnets</ClusterSubnetGroupName><VpcId>vpc-0a1b2c3d4e5f67890</VpcId><AvailabilityZone>us-east-1a</AvailabilityZone>
  <ClusterVersion>1.0</ClusterVersion><AllowVersionUpgrade>true</AllowVersionUpgrade><PubliclyAccessible>false</PubliclyAccessible><Encrypted>true</Encrypted>
  <KmsKeyId>${kmsKey}</KmsKeyId><EnhancedVpcRouting>true</EnhancedVpcRouting><MultiAZ>Enabled</MultiAZ>
  <Tags><Tag><Key>team</Key><Value>analytics</Value></Tag><Tag><Key>env</Key><Value>prod</Value></Tag></Tags>`);
// Still being created, public, without a key, outside any VPC, on the default parameter group.
const legacy = cluster('legacy-dw', 'default.redshift-1.0', `
  <NodeType>dc2.large</NodeType><NumberOfNodes>1</NumberOfNodes>
  <MasterUsername>awsuser</MasterUsername><DBName>dev</DBName><AutomatedSnapshotRetentionPeriod>0</AutomatedSnapshotRetentionPeriod>
  <VpcSecurityGroups/><AllowVersionUpgrade>false</AllowVersionUpgrade><PubliclyAccessible>true</PubliclyAccessible><Encrypted>false</Encrypted>
  <EnhancedVpcRouting>false</EnhancedVpcRouting><MultiAZ>Disabled</MultiAZ><Tags/>`, 'creating');
const reports = cluster('reports', 'warehouse-params', `
  <NodeType>ra3.4xlarge</NodeType><NumberOfNodes>4</NumberOfNodes><ClusterCreateTime>2024-05-02T10:30:00.000Z</ClusterCreateTime>
  <MasterUsername>reports_owner</MasterUsername><DBName>reports</DBName><Endpoint><Address>reports.abc.us-east-1.redshift.amazonaws.com</Address><Port>5439</Port></Endpoint>
  <AutomatedSnapshotRetentionPeriod>35</AutomatedSnapshotRetentionPeriod><VpcId>vpc-0a1b2c3d4e5f67890</VpcId>
  <VpcSecurityGroups><VpcSecurityGroup><VpcSecurityGroupId>sg-0aaaabbbbccccdddd</VpcSecurityGroupId><Status>active</Status></VpcSecurityGroup></VpcSecurityGroups>
  <AllowVersionUpgrade>true</AllowVersionUpgrade><PubliclyAccessible>false</PubliclyAccessible><Encrypted>true</Encrypted><KmsKeyId>${kmsKey}</KmsKeyId>
  <EnhancedVpcRouting>false</EnhancedVpcRouting><MultiAZ>Disabled</MultiAZ>`);

const loggingOf: Record<string, string> = {
  warehouse: '<LoggingEnabled>true</LoggingEnabled><LogDestinationType>cloudwatch</LogDestinationType><LogExports><member>connectionlog</member><member>userlog</member><member>useractivitylog</member></LogExports>',
  'legacy-dw': '<LoggingEnabled>false</LoggingEnabled>',
  reports: '<LoggingEnabled>true</LoggingEnabled><BucketName>audit-logs</BucketName><S3KeyPrefix>reports/</S3KeyPrefix><LogDestinationType>s3</LogDestinationType>',
};

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'DescribeClusters', match: byAction('DescribeClusters'), respond: (r) => (r.params.Marker === undefined ? clustersPage([warehouse, legacy], 'clusters-2') : clustersPage([reports])) },
    { name: 'DescribeLoggingStatus', match: byAction('DescribeLoggingStatus'), respond: (r) => logging(loggingOf[String(r.params.ClusterIdentifier)] ?? '') },
    {
      name: 'DescribeClusterParameters', match: byAction('DescribeClusterParameters'), respond: (r) => {
        if (r.params.ParameterGroupName === 'default.redshift-1.0') return parametersPage([['datestyle', 'ISO, MDY'], ['require_ssl', 'false']]);
        // The custom group answers require_ssl on its second page.
        return r.params.Marker === undefined ? parametersPage([['datestyle', 'ISO, MDY'], ['enable_user_activity_logging', 'true']], 'parameters-2') : parametersPage([['require_ssl', 'true']]);
      },
    },
  ];
}

const byId = (run: Awaited<ReturnType<typeof collectRecorded>>, id: string) => run.snapshot.resources.find((r) => r.type === 'aws.redshift.cluster' && r.id === id);

describe('redshiftClusters', () => {
  it('follows every Marker and maps each cluster, its logging and its parameter group, to a valid resource', async () => {
    const run = await collectRecorded([redshiftClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeClusters')).toBe(2);
    // warehouse-params is shared by two clusters and read once (two pages); the default group once.
    expect(run.aws.count('DescribeClusterParameters')).toBe(3);
    expect(run.aws.count('DescribeLoggingStatus')).toBe(3);
    // Clusters are read side by side, so they are emitted in the order their answers came.
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['legacy-dw', 'reports', 'warehouse']);
    const warehouseResource = byId(run, 'warehouse');
    expect(warehouseResource?.arn).toBe(`arn:aws:redshift:us-east-1:${ACCOUNT}:cluster:warehouse`);
    expect(warehouseResource?.tags).toEqual({ team: 'analytics', env: 'prod' });
    expect(warehouseResource?.errors).toBeUndefined();
    expect(warehouseResource?.data).toEqual({
      clusterIdentifier: 'warehouse', nodeType: 'ra3.xlplus', clusterStatus: 'available', numberOfNodes: 2, clusterCreateTime: '2024-04-01T09:00:00.000Z',
      publiclyAccessible: false, encrypted: true, kmsKeyId: kmsKey, enhancedVpcRouting: true, allowVersionUpgrade: true, automatedSnapshotRetentionPeriod: 7,
      multiAz: 'Enabled', masterUsername: 'warehouse_owner', dbName: 'analytics', port: 5499, vpcId: 'vpc-0a1b2c3d4e5f67890', vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
      parameterGroupName: 'warehouse-params', parameterApplyStatus: 'in-sync', requireSsl: true,
      loggingEnabled: true, loggingDestination: 'cloudwatch', loggingBucketName: null, loggingLogExports: ['connectionlog', 'userlog', 'useractivitylog'],
    });
    expect(byId(run, 'legacy-dw')?.tags).toEqual({});
    expect(byId(run, 'legacy-dw')?.data).toMatchObject({
      clusterStatus: 'creating', clusterCreateTime: null, publiclyAccessible: true, encrypted: false, kmsKeyId: null, port: null, vpcId: null, vpcSecurityGroupIds: [],
      automatedSnapshotRetentionPeriod: 0, multiAz: 'Disabled', masterUsername: 'awsuser', dbName: 'dev', parameterGroupName: 'default.redshift-1.0', requireSsl: false,
      loggingEnabled: false, loggingDestination: null, loggingBucketName: null, loggingLogExports: [],
    });
    expect(byId(run, 'reports')?.data).toMatchObject({ port: 5439, requireSsl: true, loggingEnabled: true, loggingDestination: 's3', loggingBucketName: 'audit-logs', loggingLogExports: [] });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.redshift.cluster', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('keeps the clusters of the first page and marks coverage partial when a later page fails', async () => {
    const broken: Route = { name: 'page-2', match: (r) => r.action === 'DescribeClusters' && r.params.Marker === 'clusters-2', respond: queryError('AccessDenied', 'User is not authorized to perform: redshift:DescribeClusters', 403) };
    const run = await collectRecorded([redshiftClusters], routes([broken]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['legacy-dw', 'warehouse']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial', reason: 'AccessDenied on redshift:DescribeClusters: User is not authorized to perform: redshift:DescribeClusters' })]);
  });

  it('marks coverage failed when clusters cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeClusters'), respond: queryError('AccessDenied', 'no redshift:DescribeClusters', 403) };
    const run = await collectRecorded([redshiftClusters], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'redshift', operation: 'DescribeClusters', code: 'AccessDenied' })]);
  });

  it('fails only the logging fields, never "off", when DescribeLoggingStatus is denied', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.action === 'DescribeLoggingStatus' && r.params.ClusterIdentifier === 'warehouse', respond: queryError('AccessDenied', 'no redshift:DescribeLoggingStatus', 403) };
    const run = await collectRecorded([redshiftClusters], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const resource = byId(run, 'warehouse');
    expect(resource?.errors?.map((e) => [e.path, e.code])).toEqual([
      ['loggingEnabled', 'AccessDenied'], ['loggingDestination', 'AccessDenied'], ['loggingBucketName', 'AccessDenied'], ['loggingLogExports', 'AccessDenied'],
    ]);
    expect(resource?.data).not.toHaveProperty('loggingEnabled');
    expect(resource?.data).toMatchObject({ requireSsl: true, publiclyAccessible: false });
    expect(byId(run, 'reports')?.errors).toBeUndefined();
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('does not emit a cluster deleted after it was listed (ClusterNotFound)', async () => {
    const gone: Route = { name: 'gone', match: (r) => r.action === 'DescribeLoggingStatus' && r.params.ClusterIdentifier === 'legacy-dw', respond: queryError('ClusterNotFound', 'Cluster legacy-dw not found.', 404) };
    const run = await collectRecorded([redshiftClusters], routes([gone]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['reports', 'warehouse']);
  });

  it('fails require_ssl on every cluster of a parameter group whose parameters are denied, and on no other field', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.action === 'DescribeClusterParameters' && r.params.ParameterGroupName === 'warehouse-params', respond: queryError('AccessDenied', 'no redshift:DescribeClusterParameters', 403) };
    const run = await collectRecorded([redshiftClusters], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const id of ['warehouse', 'reports']) {
      expect(byId(run, id)?.errors).toEqual([expect.objectContaining({ path: 'requireSsl', code: 'AccessDenied', operation: 'redshift:DescribeClusterParameters' })]);
      expect(byId(run, id)?.data).not.toHaveProperty('requireSsl');
    }
    expect(byId(run, 'legacy-dw')?.data).toMatchObject({ requireSsl: false });
    expect(byId(run, 'legacy-dw')?.errors).toBeUndefined();
  });

  it('reads require_ssl as unknown when a later page of parameters fails, never from the first page alone', async () => {
    const broken: Route = { name: 'page-2', match: (r) => r.action === 'DescribeClusterParameters' && r.params.Marker === 'parameters-2', respond: queryError('AccessDenied', 'no redshift:DescribeClusterParameters on page 2', 403) };
    const run = await collectRecorded([redshiftClusters], routes([broken]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(byId(run, 'warehouse')?.errors).toEqual([expect.objectContaining({ path: 'requireSsl', code: 'AccessDenied' })]);
  });
});

describe('redshiftClusters call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(redshiftClusters)).toEqual([]);
  });
});
