/**
 * The CIS AWS Foundations monitoring controls (v7.0.0 5.1–5.15, v5.0.0
 * 4.1–4.15) as data: the events each filter must catch and must leave alone,
 * the pattern CIS recommends, the older CIS pattern that still counts, and a
 * pattern that misses an event (the tests prove the policy fails it).
 * `generate.ts` turns each into a policy under policies/aws/cloudwatch/.
 */
import { apiCall, consoleLogin, rootApiCall, rootViaService, serviceEvent, type CloudTrailEvent } from './events.js';

export interface NamedEvent {
  readonly name: string;
  readonly event: CloudTrailEvent;
}

export interface MonitoringControl {
  /** Policy id suffix: aws-cloudwatch-alarm-<slug>. */
  readonly slug: string;
  readonly cis7: string;
  readonly cis5: string;
  readonly severity: 'high' | 'medium' | 'low';
  /** PCI DSS v4.0 requirements the alarm evidences (10.4.1.1, automated log review, unless stated). */
  readonly pci?: readonly string[];
  /** The activity, as in "<title> are monitored". */
  readonly activity: string;
  readonly why: string;
  readonly metricName: string;
  /** CIS's current recommended pattern: the remediation creates this one. */
  readonly pattern: string;
  /** Other patterns that cover the same events: older CIS texts and rewritings. Each must PASS. */
  readonly alsoPasses: readonly string[];
  /** A pattern that misses one of the events: must FAIL. */
  readonly misses: string;
  readonly matches: readonly NamedEvent[];
  readonly ignores: readonly NamedEvent[];
}

const calls = (source: string, names: readonly string[]): NamedEvent[] =>
  names.map((name) => ({ name: `${source.split('.')[0] ?? source} ${name}`, event: apiCall(source, name) }));

/** `($.eventName = A) || ($.eventName = B) …` */
const anyName = (names: readonly string[], quote = false): string =>
  names.map((n) => `($.eventName = ${quote ? `"${n}"` : n})`).join(' || ');

const IAM_POLICY = ['DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy', 'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy'];
const TRAIL = ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'];
const KMS = ['DisableKey', 'ScheduleKeyDeletion'];
const S3 = ['PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication'];
const CONFIG = ['StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder'];
// ModifySecurityGroupRules (2021) changes rules too; CIS added it in v5, so the older text misses it.
const SG = ['AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup', 'ModifySecurityGroupRules'];
const NACL = ['CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'];
const GATEWAY = ['CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway'];
const ROUTE = ['CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable'];
const VPC = ['CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection'];
const CLASSIC_LINK = ['AttachClassicLinkVpc', 'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink'];
const ORGANIZATIONS = ['AcceptHandshake', 'AttachPolicy', 'CreateAccount', 'CreateOrganizationalUnit', 'CreatePolicy', 'DeclineHandshake', 'DeleteOrganization', 'DeleteOrganizationalUnit', 'DeletePolicy', 'DetachPolicy', 'DisablePolicyType', 'EnablePolicyType', 'InviteAccountToOrganization', 'LeaveOrganization', 'MoveAccount', 'RemoveAccountFromOrganization', 'UpdatePolicy', 'UpdateOrganizationalUnit'];

const without = (names: readonly string[], dropped: string): string[] => names.filter((n) => n !== dropped);

export const monitoringControls: readonly MonitoringControl[] = [
  {
    slug: 'unauthorized-api-calls', cis7: '5.1', cis5: '4.1', severity: 'medium', metricName: 'UnauthorizedAPICalls',
    activity: 'Unauthorized API calls',
    why: 'A burst of AccessDenied and UnauthorizedOperation errors is how a stolen credential probing for what it may do, or a misconfigured application, first shows up.',
    // CIS's text as written: && binds tighter than ||, so the exemptions apply to AccessDenied errors only.
    pattern: '{ ($.errorCode ="*UnauthorizedOperation") || ($.errorCode ="AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }',
    alsoPasses: [
      '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
      '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    ],
    misses: '{ $.errorCode = "*UnauthorizedOperation" }',
    matches: [
      { name: 'ec2 RunInstances denied (Client.UnauthorizedOperation)', event: apiCall('ec2.amazonaws.com', 'RunInstances', { errorCode: 'Client.UnauthorizedOperation', errorMessage: 'You are not authorized to perform this operation.' }) },
      { name: 'iam ListUsers denied (AccessDenied)', event: apiCall('iam.amazonaws.com', 'ListUsers', { errorCode: 'AccessDenied', errorMessage: 'User is not authorized to perform: iam:ListUsers' }) },
      { name: 'kms Decrypt denied (AccessDeniedException)', event: apiCall('kms.amazonaws.com', 'Decrypt', { errorCode: 'AccessDeniedException' }) },
    ],
    ignores: [
      { name: 'ec2 DescribeInstances that succeeded', event: apiCall('ec2.amazonaws.com', 'DescribeInstances') },
      { name: 'ec2 DescribeInstances throttled (RequestLimitExceeded)', event: apiCall('ec2.amazonaws.com', 'DescribeInstances', { errorCode: 'Client.RequestLimitExceeded' }) },
    ],
  },
  {
    slug: 'console-signin-without-mfa', cis7: '5.2', cis5: '4.2', severity: 'medium', metricName: 'ConsoleSigninWithoutMFA',
    activity: 'Management console sign-ins without MFA',
    why: 'A console sign-in without MFA means a password alone opened the account; watching for it finds users who skipped MFA and passwords used by someone else.',
    pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
    alsoPasses: [
      // AWS Security Hub's variant, which leaves out federated (SSO) sign-ins and failures.
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
      '{ ($.eventName = ConsoleLogin) && ($.additionalEventData.MFAUsed != Yes) }',
      '{$.additionalEventData.MFAUsed = "No" && $.eventName = ConsoleLogin}',
    ],
    misses: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed = "Yes") }',
    matches: [{ name: 'IAM user console sign-in without MFA', event: consoleLogin({ mfa: 'No', result: 'Success' }) }],
    ignores: [
      { name: 'IAM user console sign-in with MFA', event: consoleLogin({ mfa: 'Yes', result: 'Success' }) },
      { name: 'sts GetCallerIdentity', event: apiCall('sts.amazonaws.com', 'GetCallerIdentity') },
    ],
  },
  {
    slug: 'root-usage', cis7: '5.3', cis5: '4.3', severity: 'high', metricName: 'RootAccountUsage', pci: ['8.2.2', '10.4.1.1'],
    activity: 'Uses of the root user',
    why: 'The root user can do anything, and cannot be limited by IAM or SCPs; any use of it should be rare, deliberate and seen by someone.',
    pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
    alsoPasses: ['{($.userIdentity.type="Root")&&($.userIdentity.invokedBy NOT EXISTS)&&($.eventType!="AwsServiceEvent")}', '{ $.eventType != "AwsServiceEvent" && $.userIdentity.invokedBy NOT EXISTS && $.userIdentity.type = Root }'],
    misses: '{ $.userIdentity.type = "Root" && $.eventName = "ConsoleLogin" }',
    matches: [
      { name: 'root console sign-in', event: consoleLogin({ identity: 'Root', mfa: 'Yes', result: 'Success' }) },
      { name: 'root iam CreateAccessKey', event: rootApiCall('iam.amazonaws.com', 'CreateAccessKey') },
    ],
    ignores: [
      { name: 'AwsServiceEvent recorded with the root identity', event: serviceEvent('trustedadvisor.amazonaws.com', 'RefreshCheck') },
      { name: 'action a service took for the root user (invokedBy)', event: rootViaService('s3.amazonaws.com', 'PutObject', 'cloudtrail.amazonaws.com') },
      { name: 'IAM user console sign-in', event: consoleLogin({ mfa: 'Yes', result: 'Success' }) },
    ],
  },
  {
    slug: 'iam-policy-changes', cis7: '5.4', cis5: '4.4', severity: 'medium', metricName: 'IAMPolicyChanges',
    activity: 'IAM policy changes',
    why: 'Changing who may do what is the step an intruder takes to keep access or escalate it; every change to IAM policies should be seen.',
    pattern: `{${IAM_POLICY.map((n) => `($.eventName=${n})`).join('||')}}`,
    alsoPasses: [`{ ($.eventSource = iam.amazonaws.com) && (${anyName(IAM_POLICY)}) }`],
    misses: `{${without(IAM_POLICY, 'AttachRolePolicy').map((n) => `($.eventName=${n})`).join('||')}}`,
    matches: calls('iam.amazonaws.com', IAM_POLICY),
    ignores: calls('iam.amazonaws.com', ['ListPolicies', 'GetPolicyVersion']),
  },
  {
    slug: 'cloudtrail-changes', cis7: '5.5', cis5: '4.5', severity: 'high', metricName: 'CloudTrailConfigChanges',
    activity: 'CloudTrail configuration changes',
    why: 'Stopping or changing a trail is how activity is hidden; it must raise an alarm while the trail still records the change itself.',
    pattern: `{ ${anyName(TRAIL)} }`,
    alsoPasses: [`{ ($.eventSource = cloudtrail.amazonaws.com) && (${anyName(TRAIL, true)}) }`],
    misses: `{ ${anyName(without(TRAIL, 'StopLogging'))} }`,
    matches: calls('cloudtrail.amazonaws.com', TRAIL),
    ignores: calls('cloudtrail.amazonaws.com', ['DescribeTrails', 'GetTrailStatus']),
  },
  {
    slug: 'console-auth-failures', cis7: '5.6', cis5: '4.6', severity: 'medium', metricName: 'ConsoleSigninFailures',
    activity: 'Management console authentication failures',
    why: 'Repeated failed console sign-ins are what password guessing looks like, and they give the source address to investigate.',
    pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
    alsoPasses: ['{($.eventName=ConsoleLogin)&&($.errorMessage="Failed authentication")}', '{ $.errorMessage = "Failed*" && $.eventName = "ConsoleLogin" }'],
    misses: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authorization") }',
    matches: [{ name: 'failed console sign-in', event: consoleLogin({ mfa: 'No', result: 'Failure' }) }],
    ignores: [
      { name: 'successful console sign-in with MFA', event: consoleLogin({ mfa: 'Yes', result: 'Success' }) },
      // Keeps a sign-in-without-MFA filter (5.2) from passing for this control.
      { name: 'successful console sign-in without MFA', event: consoleLogin({ mfa: 'No', result: 'Success' }) },
    ],
  },
  {
    slug: 'cmk-disable-or-deletion', cis7: '5.7', cis5: '4.7', severity: 'medium', metricName: 'DisableOrDeleteCMK',
    activity: 'Disabling or scheduled deletion of customer-managed KMS keys',
    why: 'Data encrypted under a disabled or deleted key cannot be read: a disabled key can stop a service, a deleted one destroys the data for good.',
    pattern: '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }',
    alsoPasses: ['{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }', '{ ($.eventName = "ScheduleKeyDeletion" || $.eventName = "DisableKey") && $.eventSource = "kms.amazonaws.com" }'],
    misses: '{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }',
    matches: calls('kms.amazonaws.com', KMS),
    ignores: calls('kms.amazonaws.com', ['EnableKey', 'Decrypt']),
  },
  {
    slug: 's3-bucket-policy-changes', cis7: '5.8', cis5: '4.8', severity: 'medium', metricName: 'S3BucketPolicyChanges',
    activity: 'S3 bucket policy changes',
    why: 'A changed bucket policy or ACL is how data is made public or shared with another account; finding it quickly limits what leaks.',
    pattern: `{ ($.eventSource = s3.amazonaws.com) && (${anyName(S3)}) }`,
    alsoPasses: [`{($.eventSource=s3.amazonaws.com)&&(${S3.map((n) => `($.eventName=${n})`).join('||')})}`],
    misses: `{ ($.eventSource = s3.amazonaws.com) && (${anyName(without(S3, 'PutBucketPolicy'))}) }`,
    matches: calls('s3.amazonaws.com', S3),
    ignores: calls('s3.amazonaws.com', ['GetBucketPolicy', 'GetBucketAcl']),
  },
  {
    slug: 'config-changes', cis7: '5.9', cis5: '4.9', severity: 'medium', metricName: 'AWSConfigChanges',
    activity: 'AWS Config configuration changes',
    why: 'Stopping the Config recorder or its delivery channel blinds the record of how resources changed.',
    pattern: `{ ($.eventSource = config.amazonaws.com) && (${CONFIG.map((n) => `($.eventName=${n})`).join('||')}) }`,
    alsoPasses: [`{ ($.eventSource = config.amazonaws.com) && (${anyName(CONFIG)}) }`],
    misses: `{ ($.eventSource = config.amazonaws.com) && (${anyName(without(CONFIG, 'StopConfigurationRecorder'))}) }`,
    matches: calls('config.amazonaws.com', CONFIG),
    ignores: calls('config.amazonaws.com', ['DescribeConfigurationRecorders', 'DescribeDeliveryChannels']),
  },
  {
    slug: 'security-group-changes', cis7: '5.10', cis5: '4.10', severity: 'medium', metricName: 'SecurityGroupChanges',
    activity: 'Security group changes',
    why: 'Security groups are the firewall around instances; a rule opened to the internet is often the first step of an exposure.',
    pattern: `{ ${anyName(SG)} }`,
    alsoPasses: [`{${SG.map((n) => `($.eventName=${n})`).join('||')}}`],
    // The pre-v5 CIS text: without ModifySecurityGroupRules a rule can be opened unseen.
    misses: `{ ${anyName(without(SG, 'ModifySecurityGroupRules'))} }`,
    matches: calls('ec2.amazonaws.com', SG),
    ignores: calls('ec2.amazonaws.com', ['DescribeSecurityGroups', 'DescribeSecurityGroupRules']),
  },
  {
    slug: 'nacl-changes', cis7: '5.11', cis5: '4.11', severity: 'medium', metricName: 'NACLChanges',
    activity: 'Network ACL changes',
    why: 'Network ACLs filter whole subnets; a changed entry can expose every instance behind it.',
    pattern: `{ ${anyName(NACL)} }`,
    alsoPasses: [`{${NACL.map((n) => `($.eventName=${n})`).join('||')}}`],
    misses: `{ ${anyName(without(NACL, 'ReplaceNetworkAclEntry'))} }`,
    matches: calls('ec2.amazonaws.com', NACL),
    ignores: calls('ec2.amazonaws.com', ['DescribeNetworkAcls']),
  },
  {
    slug: 'network-gateway-changes', cis7: '5.12', cis5: '4.12', severity: 'medium', metricName: 'NetworkGatewayChanges',
    activity: 'Changes to network gateways',
    why: 'Gateways decide which networks a VPC can reach; a new internet or customer gateway can open a path around every other control.',
    pattern: `{ ${anyName(GATEWAY)} }`,
    alsoPasses: [`{${GATEWAY.map((n) => `($.eventName=${n})`).join('||')}}`],
    misses: `{ ${anyName(without(GATEWAY, 'AttachInternetGateway'))} }`,
    matches: calls('ec2.amazonaws.com', GATEWAY),
    ignores: calls('ec2.amazonaws.com', ['DescribeInternetGateways', 'DescribeCustomerGateways']),
  },
  {
    slug: 'route-table-changes', cis7: '5.13', cis5: '4.13', severity: 'medium', metricName: 'RouteTableChanges',
    activity: 'Route table changes',
    why: 'A changed route can send traffic through a path an attacker controls or expose a private subnet.',
    pattern: `{ ${anyName(ROUTE)} }`,
    // The second is the v7 audit text: (ec2 && CreateRoute) || CreateRouteTable || …, equivalent for these events.
    alsoPasses: [`{ ($.eventSource = ec2.amazonaws.com) && (${anyName(ROUTE)}) }`, `{($.eventSource = ec2.amazonaws.com) && ${anyName(ROUTE)} }`],
    misses: `{ ${anyName(without(ROUTE, 'DisassociateRouteTable'))} }`,
    matches: calls('ec2.amazonaws.com', ROUTE),
    ignores: calls('ec2.amazonaws.com', ['DescribeRouteTables']),
  },
  {
    slug: 'vpc-changes', cis7: '5.14', cis5: '4.14', severity: 'medium', metricName: 'VPCChanges',
    activity: 'VPC changes',
    why: 'New VPCs and peering connections change which networks can talk to each other.',
    // CIS still lists the ClassicLink calls; EC2-Classic is retired, so a filter without them misses nothing that can happen.
    pattern: `{ ${anyName([...VPC, ...CLASSIC_LINK])} }`,
    alsoPasses: [`{ ${anyName(VPC)} }`],
    misses: `{ ${anyName(without(VPC, 'CreateVpcPeeringConnection'))} }`,
    matches: calls('ec2.amazonaws.com', VPC),
    ignores: calls('ec2.amazonaws.com', ['DescribeVpcs', 'DescribeVpcPeeringConnections']),
  },
  {
    slug: 'organizations-changes', cis7: '5.15', cis5: '4.15', severity: 'medium', metricName: 'OrganizationsEvents',
    activity: 'AWS Organizations changes',
    why: 'Organization changes move accounts, detach service control policies and invite outside accounts: they change the guardrails of every account at once.',
    pattern: `{ ($.eventSource = organizations.amazonaws.com) && (${anyName(ORGANIZATIONS)}) }`,
    alsoPasses: [`{ ($.eventSource = organizations.amazonaws.com) && (${anyName(ORGANIZATIONS, true)}) }`],
    misses: `{ ($.eventSource = organizations.amazonaws.com) && (${anyName(without(ORGANIZATIONS, 'DetachPolicy'), true)}) }`,
    matches: calls('organizations.amazonaws.com', ORGANIZATIONS),
    ignores: [...calls('organizations.amazonaws.com', ['ListAccounts', 'DescribeOrganization']), { name: 'iam CreatePolicy (another service)', event: apiCall('iam.amazonaws.com', 'CreatePolicy') }],
  },
];
