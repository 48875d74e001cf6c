/**
 * Every service of the fake account that holds nothing: each answers what
 * AWS says for an account where the feature is unused — empty lists, "not
 * subscribed", "not in use" — in that service's protocol. Operations not
 * listed here get an empty answer of their protocol, and the benchmark
 * names them.
 */
import { ACCOUNT } from './estate.js';
import { json, jsonError, queryAnswer, restJson, restJsonError, type Answer, type WireRequest } from './wire.js';

/** Answers keyed `<signing name> <operation>`; REST-JSON operations are named from method and path by restOperation. */
const answers: Readonly<Record<string, Answer>> = {
  'cloudtrail DescribeTrails': json({ trailList: [] }),
  'monitoring DescribeAlarms': json({ MetricAlarms: [], CompositeAlarms: [] }, '1.0'),
  'logs DescribeLogGroups': json({ logGroups: [] }),
  'logs DescribeMetricFilters': json({ metricFilters: [] }),
  'config DescribeConfigurationRecorders': json({ ConfigurationRecorders: [] }),
  'config DescribeConfigurationRecorderStatus': json({ ConfigurationRecordersStatus: [] }),
  'config DescribeDeliveryChannels': json({ DeliveryChannels: [] }),
  'organizations DescribeOrganization': jsonError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.'),
  'rds DescribeDBInstances': queryAnswer('DescribeDBInstances', 'http://rds.amazonaws.com/doc/2014-10-31/', '<DBInstances/>'),
  'elasticfilesystem DescribeFileSystems': restJson({ FileSystems: [] }),
  'elasticfilesystem DescribeAccessPoints': restJson({ AccessPoints: [] }),
  'elasticfilesystem DescribeMountTargets': restJson({ MountTargets: [] }),
  'access-analyzer ListAnalyzers': restJson({ analyzers: [] }),
  // EMR's default for an account that never changed it: on, SSH exempted.
  'elasticmapreduce GetBlockPublicAccessConfiguration': json({ BlockPublicAccessConfiguration: { BlockPublicSecurityGroupRules: true, PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22, MaxRange: 22 }] } }),
  'securityhub DescribeHub': restJsonError('InvalidAccessException', `Account ${ACCOUNT} is not subscribed to AWS Security Hub`, 401),
  'securityhub GetEnabledStandards': restJson({ StandardsSubscriptions: [] }),
  'account GetAlternateContact': restJsonError('ResourceNotFoundException', 'No contact of the inputted alternate contact type found.', 404),
  'sts GetCallerIdentity': queryAnswer('GetCallerIdentity', 'https://sts.amazonaws.com/doc/2011-06-15/', `<Arn>arn:aws:iam::${ACCOUNT}:user/bench</Arn><UserId>AIDABENCH</UserId><Account>${ACCOUNT}</Account>`),
};

const restRoutes: readonly (readonly [string, string, RegExp, string])[] = [
  ['elasticfilesystem', 'GET', /^\/2015-02-01\/file-systems$/, 'DescribeFileSystems'],
  ['elasticfilesystem', 'GET', /^\/2015-02-01\/file-systems\/[^/]+\/backup-policy$/, 'DescribeBackupPolicy'],
  ['elasticfilesystem', 'GET', /^\/2015-02-01\/file-systems\/[^/]+\/policy$/, 'DescribeFileSystemPolicy'],
  ['elasticfilesystem', 'GET', /^\/2015-02-01\/access-points$/, 'DescribeAccessPoints'],
  ['elasticfilesystem', 'GET', /^\/2015-02-01\/mount-targets$/, 'DescribeMountTargets'],
  ['access-analyzer', 'GET', /^\/analyzer$/, 'ListAnalyzers'],
  ['securityhub', 'GET', /^\/accounts$/, 'DescribeHub'],
  ['securityhub', 'POST', /^\/standards\/get$/, 'GetEnabledStandards'],
  ['account', 'POST', /^\/getAlternateContact$/, 'GetAlternateContact'],
];

/** The operation a REST-JSON request is, or `METHOD /path` when the fake does not know it. */
export function restOperation(request: WireRequest): string {
  const found = restRoutes.find(([service, method, path]) => service === request.service && method === request.method && path.test(request.path));
  return found?.[3] ?? `${request.method} ${request.path}`;
}

/** The answer, and whether it was modelled (false: an empty answer of the protocol, for an operation this file does not know). */
export function answerQuiet(request: WireRequest, operation: string): { answer: Answer; modelled: boolean } {
  const known = answers[`${request.service} ${operation}`];
  if (known !== undefined) return { answer: known, modelled: true };
  if (request.protocol === 'json') return { answer: json({}, request.service === 'monitoring' ? '1.0' : '1.1'), modelled: false };
  if (request.protocol === 'query') return { answer: queryAnswer(operation, '', ''), modelled: false };
  return { answer: restJson({}), modelled: false };
}
