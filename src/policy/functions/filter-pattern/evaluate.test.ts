/**
 * Filter patterns × events → match or not. First the language itself (the
 * AWS documentation's own examples, then the semantics the docs leave open:
 * `!=` on a missing field, arrays, wildcards, numbers, case), then every CIS
 * AWS Foundations v7.0.0 5.1–5.15 metric filter in its older (Security Hub /
 * CIS v1.2–v1.4) and newer (CIS v4–v7) text, equivalent rewritings, and
 * broken variants that miss an event or catch one they should leave alone.
 */
import { describe, expect, it } from 'vitest';
import { matchesEvent } from './evaluate.js';
import { parseFilterPattern, type FilterPattern } from './parse.js';

function compiled(text: string): FilterPattern {
  const result = parseFilterPattern(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return result.pattern;
}

const matches = (pattern: string, event: unknown): boolean => matchesEvent(compiled(pattern), event);

type Row = readonly [pattern: string, expected: boolean];

describe('the AWS documentation examples', () => {
  // "Matching terms in JSON log events": every filter listed there matches this event.
  const event = {
    eventType: 'UpdateTrail',
    sourceIPAddress: '111.111.111.111',
    arrayKey: ['value', 'another value'],
    objectList: [{ name: 'a', id: 1 }, { name: 'b', id: 2 }],
    SomeObject: null,
    ThisFlag: true,
  };
  const rows: readonly Row[] = [
    ['{ $.eventType = "UpdateTrail" }', true],
    ['{ $.sourceIPAddress != 123.123.* }', true],
    ['{ $.arrayKey[0] = "value" }', true],
    ['{ $.objectList[1].id = 2 }', true],
    ['{ $.SomeObject IS NULL }', true],
    ['{ $.SomeOtherObject NOT EXISTS }', true],
    ['{ $.ThisFlag IS TRUE }', true],
    ['{ $.ThisFlag IS FALSE }', false],
    ['{ $.SomeObject NOT EXISTS }', false],
    ['{ $.eventType IS NULL }', false],
  ];
  it.each(rows)('%s → %s', (pattern, expected) => {
    expect(matches(pattern, event)).toBe(expected);
  });

  // "JSON compound conditions", with the results the docs give.
  const compound = {
    user: { id: 1, email: 'John.Stiles@example.com' },
    users: [{ id: 2, email: 'John.Doe@example.com' }, { id: 3, email: 'Jane.Doe@example.com' }],
    actions: ['GET', 'PUT', 'DELETE'],
    coordinates: [[0, 1, 2], [4, 5, 6], [7, 8, 9]],
  };
  const compoundRows: readonly Row[] = [
    ['{ ($.user.id = 1) && ($.users[0].email = "John.Doe@example.com") }', true],
    ['{ ($.user.id = 2 && $.users[0].email = "nonmatch") || $.actions[2] = "GET" }', false],
    ['{ $.user.email = "John.Stiles@example.com" || $.coordinates[0][1] = nonmatch && $.actions[2] = nomatch }', true],
    ['{ ($.user.email = "John.Stiles@example.com" || $.coordinates[0][1] = nonmatch) && $.actions[2] = nomatch }', false],
    ['{ $.coordinates[1][2] = 6 }', true],
  ];
  it.each(compoundRows)('%s → %s', (pattern, expected) => {
    expect(matches(pattern, compound)).toBe(expected);
  });

  // "Numeric comparisons" examples, against an event that satisfies the first five.
  const numeric = { latency: 500, numbers: [5], processes: [{}, {}, {}, {}, { averageRuntime: 55.5 }], errorCode: 400 };
  const numericRows: readonly Row[] = [
    ['{ $.latency >= 500 }', true],
    ['{ $.numbers[0] < 10e3 }', true],
    ['{ $.processes[4].averageRuntime <= 55.5 }', true],
    ['{ $.errorCode = 400 }', true],
    ['{ $.errorCode != 500 }', true],
    ['{ $.numbers[0] < 10e-3 }', false],
    ['{ $.latency > +1000 }', false],
    ['{ $.latency = * }', true],
  ];
  it.each(numericRows)('%s → %s', (pattern, expected) => {
    expect(matches(pattern, numeric)).toBe(expected);
  });
});

describe('semantics the documentation leaves open', () => {
  it('never matches a comparison on a missing field, not even !=', () => {
    const event = { errorCode: 'AccessDenied', userIdentity: { accountId: 'anonymous' } };
    expect(matches('{ $.userIdentity.invokedBy != "cloudfront.amazonaws.com" }', event)).toBe(false);
    expect(matches('{ ($.errorCode = "AccessDenied") && ($.userIdentity.invokedBy != "cloudfront.amazonaws.com") }', event)).toBe(false);
    expect(matches('{ $.userIdentity.accountId != "cloudfront.amazonaws.com" }', event)).toBe(true);
    expect(matches('{ $.missing.deeper != 1 }', event)).toBe(false);
    expect(matches('{ $.missing < 1 || $.missing > 1 }', event)).toBe(false);
  });

  const rows: readonly (readonly [label: string, pattern: string, event: unknown, expected: boolean])[] = [
    ['an array is not a value node for =', '{ $.users = 1 }', { users: [1, 2, 3] }, false],
    ['an array is not a value node for !=', '{ $.users != 1 }', { users: [1, 2, 3] }, false],
    ['no "any element" reading of an array', '{ $.users = 2 }', { users: [1, 2, 3] }, false],
    ['an object is not a value node', '{ $.user != "x" }', { user: { id: 1 } }, false],
    ['null is not a value node for !=', '{ $.a != "x" }', { a: null }, false],
    ['an index past the end finds nothing', '{ $.a[2] = "x" }', { a: ['x'] }, false],
    ['an index on a non-array finds nothing', '{ $.a[0] = "x" }', { a: 'x' }, false],
    ['a property step on an array finds nothing', '{ $.a.id = 1 }', { a: [{ id: 1 }] }, false],
    ['an explicit index reaches into an array', '{ $.resources[0].ARN = "arn:aws:s3:::b" }', { resources: [{ ARN: 'arn:aws:s3:::b' }] }, true],
    ['a field that exists is not NOT EXISTS', '{ $.a NOT EXISTS }', { a: '' }, false],
    ['NOT EXISTS under a missing parent', '{ $.a.b.c NOT EXISTS }', { a: 'string' }, true],
    ['IS TRUE needs the boolean, not the string', '{ $.a IS TRUE }', { a: 'true' }, false],
    ['values are case sensitive', '{ $.eventName = "consolelogin" }', { eventName: 'ConsoleLogin' }, false],
    ['property names are case sensitive', '{ $.EventName = "ConsoleLogin" }', { eventName: 'ConsoleLogin' }, false],
    ['quoted and unquoted values are the same', '{ $.eventName = ConsoleLogin && $.eventName = "ConsoleLogin" }', { eventName: 'ConsoleLogin' }, true],
    ['a leading wildcard', '{ $.e = "*Event" }', { e: 'PutEvent' }, true],
    ['a trailing wildcard', '{ $.e = "Event*" }', { e: 'EventName' }, true],
    ['a wildcard matches empty text', '{ $.e = "Event*" }', { e: 'Event' }, true],
    ['wildcards at both ends', '{ $.e = "*vent*" }', { e: 'GetEvents' }, true],
    ['an inner star is a literal star', '{ $.e = "Ev*ent" }', { e: 'Event' }, false],
    ['an inner star matches a star', '{ $.e = "Ev*ent" }', { e: 'Ev*ent' }, true],
    ['a wildcard with != ', '{ $.ip != 123.123.* }', { ip: '123.123.1.1' }, false],
    ['* alone matches any string', '{ $.e = * }', { e: '' }, true],
    ['* alone does not match null', '{ $.e = * }', { e: null }, false],
    ['a number literal equals a number numerically', '{ $.n = 400.0 }', { n: 400 }, true],
    ['a number literal equals a string by text', '{ $.n = 400 }', { n: '400' }, true],
    ['by text, 400.0 is not "400"', '{ $.n = 400.0 }', { n: '400' }, false],
    ['a quoted number equals a number by text', '{ $.n = "400" }', { n: 400 }, true],
    ['a wildcard reads a number as text', '{ $.status = 4* }', { status: 404 }, true],
    ['numeric comparison on a numeric string', '{ $.n > 400 }', { n: '404' }, true],
    ['numeric comparison on a word', '{ $.n > 400 }', { n: 'many' }, false],
    ['numeric comparison on a boolean', '{ $.n > 0 }', { n: true }, false],
    ['a boolean compared by its text', '{ $.readOnly = false }', { readOnly: false }, true],
    ['a boolean is not the other boolean', '{ $.readOnly != false }', { readOnly: false }, false],
    ['a regex searches the text', '{ $.eventName = %Delete.*Policy% }', { eventName: 'DeleteRolePolicy' }, true],
    ['a regex with anchors', '{ $.eventName = %^Policy% }', { eventName: 'DeleteRolePolicy' }, false],
    ['a regex with !=', '{ $.eventName != %^Get% }', { eventName: 'PutRolePolicy' }, true],
  ];
  it.each(rows)('%s', (_label, pattern, event, expected) => {
    expect(matches(pattern, event)).toBe(expected);
  });

  it('matches every event with the empty pattern', () => {
    expect(matches('', {})).toBe(true);
    expect(matches(' ', { eventName: 'Anything' })).toBe(true);
  });

  it('evaluates || and && with && binding tighter', () => {
    const event = { a: 1, b: 0, c: 0 };
    expect(matches('{ $.a = 1 || $.b = 1 && $.c = 1 }', event)).toBe(true);
    expect(matches('{ ($.a = 1 || $.b = 1) && $.c = 1 }', event)).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// CIS AWS Foundations v7.0.0, 5.1–5.15. Events are canonical CloudTrail
// records, one per API call the control names. "older" texts are the
// Security Hub CloudWatch.1–14 remediation patterns (CIS v1.2/v1.4);
// "newer" are the CIS v4–v7 texts (remediation and, where it differs, audit).

type Event = Record<string, unknown>;

const identity = { type: 'IAMUser', principalId: 'AIDAEXAMPLE', arn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333', userName: 'alice' };

function apiCall(eventSource: string, eventName: string, extra: Event = {}): Event {
  return {
    eventVersion: '1.09',
    userIdentity: identity,
    eventTime: '2026-05-01T12:00:00Z',
    eventSource,
    eventName,
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.10',
    userAgent: 'aws-cli/2.15.0',
    requestParameters: null,
    responseElements: null,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '111122223333',
    ...extra,
  };
}

function consoleLogin(extra: Event): Event {
  return apiCall('signin.amazonaws.com', 'ConsoleLogin', {
    eventType: 'AwsConsoleSignIn',
    userAgent: 'Mozilla/5.0',
    responseElements: { ConsoleLogin: 'Success' },
    additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'No' },
    ...extra,
  });
}

const root = { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' };

/** One event per listed API call of a service: the events a control's filter must count. */
function calls(eventSource: string, names: readonly string[]): Record<string, Event> {
  return Object.fromEntries(names.map((name) => [name, apiCall(eventSource, name)]));
}

interface Variant {
  readonly label: string;
  readonly pattern: string;
}

interface Broken extends Variant {
  /** Names of covered events the pattern misses. */
  readonly missed: readonly string[];
  /** Names of benign events the pattern catches. */
  readonly matchedWrongly: readonly string[];
}

interface Control {
  readonly id: string;
  readonly covers: Record<string, Event>;
  readonly benign: Record<string, Event>;
  readonly accepted: readonly Variant[];
  readonly broken: readonly Broken[];
}

const IAM_POLICY_CALLS = ['DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy', 'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy'];
const TRAIL_CALLS = ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'];
const S3_CALLS = ['PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication'];
const CONFIG_CALLS = ['StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder'];
const SG_CALLS = ['AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup', 'ModifySecurityGroupRules'];
const NACL_CALLS = ['CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'];
const GATEWAY_CALLS = ['CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway'];
const ROUTE_CALLS = ['CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable'];
const VPC_CALLS = ['CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection', 'AttachClassicLinkVpc', 'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink'];
const ORG_CALLS = ['AcceptHandshake', 'AttachPolicy', 'CreateAccount', 'CreateOrganizationalUnit', 'CreatePolicy', 'DeclineHandshake', 'DeleteOrganization', 'DeleteOrganizationalUnit', 'DeletePolicy', 'DetachPolicy', 'DisablePolicyType', 'EnablePolicyType', 'InviteAccountToOrganization', 'LeaveOrganization', 'MoveAccount', 'RemoveAccountFromOrganization', 'UpdatePolicy', 'UpdateOrganizationalUnit'];

/** `($.eventName = A) || ($.eventName = B) …` in the given layout. */
const anyName = (names: readonly string[], one: (name: string) => string, join = ' || '): string => names.map(one).join(join);

const controls: readonly Control[] = [
  {
    id: '5.1 unauthorized API calls',
    covers: {
      'EC2 UnauthorizedOperation': apiCall('ec2.amazonaws.com', 'RunInstances', { errorCode: 'Client.UnauthorizedOperation', errorMessage: 'You are not authorized to perform this operation.' }),
      'IAM AccessDenied': apiCall('iam.amazonaws.com', 'CreateUser', { errorCode: 'AccessDenied', errorMessage: 'User is not authorized to perform: iam:CreateUser' }),
      'KMS AccessDeniedException': apiCall('kms.amazonaws.com', 'Decrypt', { errorCode: 'AccessDeniedException' }),
    },
    benign: {
      'successful call': apiCall('iam.amazonaws.com', 'ListUsers'),
      'throttled call': apiCall('ec2.amazonaws.com', 'DescribeInstances', { errorCode: 'Client.RequestLimitExceeded' }),
    },
    accepted: [
      { label: 'older (Security Hub CloudWatch.2)', pattern: '{($.errorCode="*UnauthorizedOperation") || ($.errorCode="AccessDenied*")}' },
      { label: 'CIS v1.2 spacing', pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }' },
      { label: 'newer (CIS v5–v7)', pattern: '{ ($.errorCode ="*UnauthorizedOperation") || ($.errorCode ="AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }' },
      { label: 'newer, quotes dropped', pattern: '{ ($.errorCode =*UnauthorizedOperation) || ($.errorCode =AccessDenied*) && ($.sourceIPAddress!=delivery.logs.amazonaws.com) && ($.eventName!=HeadBucket) }' },
      { label: 'newer, grouping made explicit', pattern: '{ $.errorCode = "*UnauthorizedOperation" || ($.errorCode = "AccessDenied*" && $.sourceIPAddress != "delivery.logs.amazonaws.com" && $.eventName != "HeadBucket") }' },
      { label: 'reordered', pattern: '{ ($.errorCode = "AccessDenied*") || ($.errorCode = "*UnauthorizedOperation") }' },
      { label: 'regex', pattern: '{ $.errorCode = %UnauthorizedOperation$% || $.errorCode = %^AccessDenied% }' },
    ],
    broken: [
      { label: 'AccessDenied dropped', pattern: '{ $.errorCode = "*UnauthorizedOperation" }', missed: ['IAM AccessDenied', 'KMS AccessDeniedException'], matchedWrongly: [] },
      { label: '|| turned into &&', pattern: '{ ($.errorCode = "*UnauthorizedOperation") && ($.errorCode = "AccessDenied*") }', missed: ['EC2 UnauthorizedOperation', 'IAM AccessDenied', 'KMS AccessDeniedException'], matchedWrongly: [] },
      { label: 'wildcards dropped', pattern: '{ ($.errorCode = "UnauthorizedOperation") || ($.errorCode = "AccessDenied") }', missed: ['EC2 UnauthorizedOperation', 'KMS AccessDeniedException'], matchedWrongly: [] },
      { label: 'wrong case', pattern: '{ ($.errorCode = "*unauthorizedoperation") || ($.errorCode = "accessdenied*") }', missed: ['EC2 UnauthorizedOperation', 'IAM AccessDenied', 'KMS AccessDeniedException'], matchedWrongly: [] },
      { label: 'any error at all', pattern: '{ $.errorCode = * }', missed: [], matchedWrongly: ['throttled call'] },
    ],
  },
  {
    id: '5.2 console sign-in without MFA',
    covers: {
      'IAM user sign-in without MFA': consoleLogin({}),
    },
    benign: {
      'IAM user sign-in with MFA': consoleLogin({ additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'Yes' } }),
      'API call': apiCall('iam.amazonaws.com', 'ListUsers'),
    },
    accepted: [
      { label: 'older (CIS v1.2–v3)', pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }' },
      { label: 'older SSO variant (Security Hub CloudWatch.3)', pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }' },
      { label: 'newer (CIS v7), quotes dropped', pattern: '{ ($.eventName = ConsoleLogin) && ($.additionalEventData.MFAUsed != Yes) }' },
      { label: 'newer SSO variant, quotes dropped', pattern: '{ ($.eventName = ConsoleLogin) && ($.additionalEventData.MFAUsed != Yes) && ($.userIdentity.type = IAMUser) && ($.responseElements.ConsoleLogin = Success) }' },
      { label: 'reordered, no parentheses or spaces', pattern: '{$.additionalEventData.MFAUsed!="Yes"&&$.eventName="ConsoleLogin"}' },
      { label: 'MFAUsed = "No" instead of != "Yes"', pattern: '{ ($.additionalEventData.MFAUsed = "No") && ($.eventName = "ConsoleLogin") }' },
    ],
    broken: [
      { label: 'MFA test inverted', pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed = "Yes") }', missed: ['IAM user sign-in without MFA'], matchedWrongly: ['IAM user sign-in with MFA'] },
      { label: 'MFA test dropped', pattern: '{ $.eventName = "ConsoleLogin" }', missed: [], matchedWrongly: ['IAM user sign-in with MFA'] },
      // CIS v1.0's text: a sign-in event has no sessionContext, and != on a missing field never matches.
      { label: 'CIS v1.0 mfaAuthenticated text', pattern: '{ $.userIdentity.sessionContext.attributes.mfaAuthenticated != "true" && $.userIdentity.invokedBy = "signin.amazonaws.com" }', missed: ['IAM user sign-in without MFA'], matchedWrongly: [] },
      { label: '&& turned into ||', pattern: '{ ($.eventName = "ConsoleLogin") || ($.additionalEventData.MFAUsed != "Yes") }', missed: [], matchedWrongly: ['IAM user sign-in with MFA'] },
    ],
  },
  {
    id: '5.3 root account usage',
    covers: {
      'root console sign-in': consoleLogin({ userIdentity: root, additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'Yes' } }),
      'root API call': apiCall('iam.amazonaws.com', 'CreateAccessKey', { userIdentity: root }),
    },
    benign: {
      'AWS service acting for root': apiCall('s3.amazonaws.com', 'GetBucketAcl', { userIdentity: { ...root, invokedBy: 'support.amazonaws.com' } }),
      'service event for root': apiCall('sts.amazonaws.com', 'AssumeRole', { userIdentity: root, eventType: 'AwsServiceEvent' }),
      'IAM user API call': apiCall('iam.amazonaws.com', 'CreateAccessKey'),
    },
    accepted: [
      { label: 'older (Security Hub CloudWatch.1)', pattern: '{$.userIdentity.type="Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType !="AwsServiceEvent"}' },
      { label: 'newer (CIS v4–v7)', pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }' },
      { label: 'newer, quotes dropped', pattern: '{ $.userIdentity.type = Root && $.userIdentity.invokedBy NOT EXISTS && $.eventType != AwsServiceEvent }' },
      { label: 'reordered with parentheses', pattern: '{ ($.eventType != "AwsServiceEvent") && ($.userIdentity.invokedBy NOT EXISTS) && ($.userIdentity.type = "Root") }' },
      { label: 'lower-case keywords over several lines', pattern: '{\n  $.userIdentity.type = "Root"\n  && $.userIdentity.invokedBy not exists\n  && $.eventType != "AwsServiceEvent"\n}' },
    ],
    broken: [
      { label: 'NOT EXISTS dropped', pattern: '{ $.userIdentity.type = "Root" && $.eventType != "AwsServiceEvent" }', missed: [], matchedWrongly: ['AWS service acting for root'] },
      { label: 'eventType test dropped', pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS }', missed: [], matchedWrongly: ['service event for root'] },
      { label: 'IS NULL instead of NOT EXISTS', pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy IS NULL && $.eventType != "AwsServiceEvent" }', missed: ['root console sign-in', 'root API call'], matchedWrongly: [] },
      { label: 'wrong case', pattern: '{ $.userIdentity.type = "root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }', missed: ['root console sign-in', 'root API call'], matchedWrongly: [] },
      { label: '&& turned into ||', pattern: '{ $.userIdentity.type = "Root" || $.userIdentity.invokedBy NOT EXISTS || $.eventType != "AwsServiceEvent" }', missed: [], matchedWrongly: ['AWS service acting for root', 'service event for root', 'IAM user API call'] },
    ],
  },
  {
    id: '5.4 IAM policy changes',
    covers: calls('iam.amazonaws.com', IAM_POLICY_CALLS),
    benign: { ListPolicies: apiCall('iam.amazonaws.com', 'ListPolicies'), GetRolePolicy: apiCall('iam.amazonaws.com', 'GetRolePolicy') },
    accepted: [
      { label: 'older (Security Hub CloudWatch.4)', pattern: `{${anyName(IAM_POLICY_CALLS, (n) => `($.eventName=${n})`)}}` },
      { label: 'newer (CIS v4–v7)', pattern: `{${anyName(IAM_POLICY_CALLS, (n) => `($.eventName=${n})`, '||')}}` },
      { label: 'reordered, quoted, without parentheses', pattern: `{ ${anyName([...IAM_POLICY_CALLS].reverse(), (n) => `$.eventName = "${n}"`)} }` },
      { label: 'scoped to IAM', pattern: `{ $.eventSource = iam.amazonaws.com && (${anyName(IAM_POLICY_CALLS, (n) => `$.eventName = ${n}`)}) }` },
    ],
    broken: [
      { label: 'DetachGroupPolicy dropped', pattern: `{${anyName(IAM_POLICY_CALLS.filter((n) => n !== 'DetachGroupPolicy'), (n) => `($.eventName=${n})`)}}`, missed: ['DetachGroupPolicy'], matchedWrongly: [] },
      { label: 'inner wildcards are literal', pattern: '{ $.eventName = "Put*Policy" || $.eventName = "Delete*Policy" || $.eventName = "Create*" || $.eventName = "Attach*" || $.eventName = "Detach*" }', missed: ['DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'DeletePolicy', 'DeletePolicyVersion'], matchedWrongly: [] },
    ],
  },
  {
    id: '5.5 CloudTrail configuration changes',
    covers: calls('cloudtrail.amazonaws.com', TRAIL_CALLS),
    benign: { DescribeTrails: apiCall('cloudtrail.amazonaws.com', 'DescribeTrails'), GetTrailStatus: apiCall('cloudtrail.amazonaws.com', 'GetTrailStatus') },
    accepted: [
      { label: 'older (Security Hub CloudWatch.5)', pattern: '{($.eventName=CreateTrail) || ($.eventName=UpdateTrail) || ($.eventName=DeleteTrail) || ($.eventName=StartLogging) || ($.eventName=StopLogging)}' },
      { label: 'newer (CIS v4–v7)', pattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }' },
      { label: 'scoped to CloudTrail, mixed quoting', pattern: '{ ($.eventSource = "cloudtrail.amazonaws.com") && (($.eventName = "StopLogging") || ($.eventName = StartLogging) || ($.eventName = "DeleteTrail") || ($.eventName = UpdateTrail) || ($.eventName = CreateTrail)) }' },
    ],
    broken: [
      { label: 'StopLogging dropped', pattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) }', missed: ['StopLogging'], matchedWrongly: [] },
      { label: 'wrong event source', pattern: '{ ($.eventSource = cloudtrail.amazon.com) && (($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging)) }', missed: TRAIL_CALLS, matchedWrongly: [] },
    ],
  },
  {
    id: '5.6 console authentication failures',
    covers: {
      'failed sign-in': consoleLogin({ errorMessage: 'Failed authentication', responseElements: { ConsoleLogin: 'Failure' } }),
    },
    benign: {
      'successful sign-in': consoleLogin({}),
    },
    accepted: [
      { label: 'older (Security Hub CloudWatch.6)', pattern: '{($.eventName=ConsoleLogin) && ($.errorMessage="Failed authentication")}' },
      { label: 'newer (CIS v4–v7)', pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }' },
      { label: 'reordered', pattern: '{ $.errorMessage = "Failed authentication" && $.eventName = "ConsoleLogin" }' },
      { label: 'by the response instead', pattern: '{ ($.eventName = ConsoleLogin) && ($.responseElements.ConsoleLogin = Failure) }' },
    ],
    broken: [
      { label: '&& turned into ||', pattern: '{ ($.eventName = ConsoleLogin) || ($.errorMessage = "Failed authentication") }', missed: [], matchedWrongly: ['successful sign-in'] },
      { label: 'message misspelt', pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed Authentication") }', missed: ['failed sign-in'], matchedWrongly: [] },
    ],
  },
  {
    id: '5.7 disabling or deleting customer managed keys',
    covers: calls('kms.amazonaws.com', ['DisableKey', 'ScheduleKeyDeletion']),
    benign: { Decrypt: apiCall('kms.amazonaws.com', 'Decrypt'), EnableKey: apiCall('kms.amazonaws.com', 'EnableKey') },
    accepted: [
      { label: 'older (Security Hub CloudWatch.7)', pattern: '{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}' },
      { label: 'newer (CIS v4–v7)', pattern: '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }' },
      { label: 'reordered and quoted', pattern: '{ ($.eventName = "ScheduleKeyDeletion" || $.eventName = "DisableKey") && $.eventSource = "kms.amazonaws.com" }' },
      // (kms && DisableKey) || ScheduleKeyDeletion still counts both calls.
      { label: 'inner parentheses dropped', pattern: '{ $.eventSource = kms.amazonaws.com && $.eventName = DisableKey || $.eventName = ScheduleKeyDeletion }' },
    ],
    broken: [
      { label: 'ScheduleKeyDeletion dropped', pattern: '{($.eventSource = kms.amazonaws.com) && ($.eventName=DisableKey)}', missed: ['ScheduleKeyDeletion'], matchedWrongly: [] },
      { label: '|| turned into &&', pattern: '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)&&($.eventName=ScheduleKeyDeletion))}', missed: ['DisableKey', 'ScheduleKeyDeletion'], matchedWrongly: [] },
      { label: 'any KMS call', pattern: '{ $.eventSource = kms.amazonaws.com }', missed: [], matchedWrongly: ['Decrypt', 'EnableKey'] },
    ],
  },
  {
    id: '5.8 S3 bucket policy changes',
    covers: calls('s3.amazonaws.com', S3_CALLS),
    benign: { GetBucketPolicy: apiCall('s3.amazonaws.com', 'GetBucketPolicy'), PutObject: apiCall('s3.amazonaws.com', 'PutObject') },
    accepted: [
      { label: 'older (Security Hub CloudWatch.8)', pattern: `{($.eventSource=s3.amazonaws.com) && (${anyName(S3_CALLS, (n) => `($.eventName=${n})`)})}` },
      { label: 'newer (CIS v4–v7)', pattern: `{ ($.eventSource = s3.amazonaws.com) && (${anyName(S3_CALLS, (n) => `($.eventName = ${n})`)}) }` },
      { label: 'quoted, reordered', pattern: `{ (${anyName([...S3_CALLS].sort(), (n) => `$.eventName = "${n}"`)}) && $.eventSource = "s3.amazonaws.com" }` },
    ],
    broken: [
      { label: 'PutBucketAcl dropped', pattern: `{ ($.eventSource = s3.amazonaws.com) && (${anyName(S3_CALLS.slice(1), (n) => `($.eventName = ${n})`)}) }`, missed: ['PutBucketAcl'], matchedWrongly: [] },
      { label: 'event source in the wrong case', pattern: `{ ($.eventSource = S3.amazonaws.com) && (${anyName(S3_CALLS, (n) => `($.eventName = ${n})`)}) }`, missed: S3_CALLS, matchedWrongly: [] },
    ],
  },
  {
    id: '5.9 AWS Config changes',
    covers: calls('config.amazonaws.com', CONFIG_CALLS),
    benign: { DescribeConfigurationRecorders: apiCall('config.amazonaws.com', 'DescribeConfigurationRecorders'), StartConfigurationRecorder: apiCall('config.amazonaws.com', 'StartConfigurationRecorder') },
    accepted: [
      { label: 'older (Security Hub CloudWatch.9)', pattern: '{($.eventSource=config.amazonaws.com) && (($.eventName=StopConfigurationRecorder) || ($.eventName=DeleteDeliveryChannel) || ($.eventName=PutDeliveryChannel) || ($.eventName=PutConfigurationRecorder))}' },
      { label: 'newer (CIS v4–v7)', pattern: '{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }' },
      // (config && Stop…) || Delete… || Put… || Put…: every listed call still counts.
      { label: 'group parentheses dropped', pattern: '{ ($.eventSource = config.amazonaws.com) && ($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder) }' },
    ],
    broken: [
      { label: '|| turned into &&', pattern: '{ ($.eventSource = config.amazonaws.com) && ($.eventName=StopConfigurationRecorder) && ($.eventName=DeleteDeliveryChannel) && ($.eventName=PutDeliveryChannel) && ($.eventName=PutConfigurationRecorder) }', missed: CONFIG_CALLS, matchedWrongly: [] },
      { label: 'PutConfigurationRecorder dropped', pattern: '{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)) }', missed: ['PutConfigurationRecorder'], matchedWrongly: [] },
    ],
  },
  {
    id: '5.10 security group changes',
    covers: calls('ec2.amazonaws.com', SG_CALLS),
    benign: { DescribeSecurityGroups: apiCall('ec2.amazonaws.com', 'DescribeSecurityGroups'), UpdateSecurityGroupRuleDescriptionsIngress: apiCall('ec2.amazonaws.com', 'UpdateSecurityGroupRuleDescriptionsIngress') },
    accepted: [
      { label: 'newer (CIS v5–v7)', pattern: `{ ${anyName(SG_CALLS, (n) => `($.eventName = ${n})`)} }` },
      { label: 'quoted, no parentheses, reordered', pattern: `{${anyName([...SG_CALLS].reverse(), (n) => `$.eventName="${n}"`, '||')}}` },
    ],
    broken: [
      // The older text predates ModifySecurityGroupRules, which CIS v5 added.
      { label: 'older (Security Hub CloudWatch.10)', pattern: '{($.eventName=AuthorizeSecurityGroupIngress) || ($.eventName=AuthorizeSecurityGroupEgress) || ($.eventName=RevokeSecurityGroupIngress) || ($.eventName=RevokeSecurityGroupEgress) || ($.eventName=CreateSecurityGroup) || ($.eventName=DeleteSecurityGroup)}', missed: ['ModifySecurityGroupRules'], matchedWrongly: [] },
    ],
  },
  {
    id: '5.11 network ACL changes',
    covers: calls('ec2.amazonaws.com', NACL_CALLS),
    benign: { DescribeNetworkAcls: apiCall('ec2.amazonaws.com', 'DescribeNetworkAcls') },
    accepted: [
      { label: 'older (Security Hub CloudWatch.11)', pattern: '{($.eventName=CreateNetworkAcl) || ($.eventName=CreateNetworkAclEntry) || ($.eventName=DeleteNetworkAcl) || ($.eventName=DeleteNetworkAclEntry) || ($.eventName=ReplaceNetworkAclEntry) || ($.eventName=ReplaceNetworkAclAssociation)}' },
      { label: 'newer (CIS v4–v7)', pattern: '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }' },
      { label: 'scoped to EC2', pattern: `{ $.eventSource = "ec2.amazonaws.com" && (${anyName(NACL_CALLS, (n) => `$.eventName = "${n}"`)}) }` },
    ],
    broken: [
      { label: 'entry calls dropped', pattern: '{ ($.eventName = CreateNetworkAcl) || ($.eventName = DeleteNetworkAcl) || ($.eventName = ReplaceNetworkAclAssociation) }', missed: ['CreateNetworkAclEntry', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry'], matchedWrongly: [] },
    ],
  },
  {
    id: '5.12 network gateway changes',
    covers: calls('ec2.amazonaws.com', GATEWAY_CALLS),
    benign: { DescribeInternetGateways: apiCall('ec2.amazonaws.com', 'DescribeInternetGateways') },
    accepted: [
      { label: 'older (Security Hub CloudWatch.12)', pattern: '{($.eventName=CreateCustomerGateway) || ($.eventName=DeleteCustomerGateway) || ($.eventName=AttachInternetGateway) || ($.eventName=CreateInternetGateway) || ($.eventName=DeleteInternetGateway) || ($.eventName=DetachInternetGateway)}' },
      { label: 'newer (CIS v4–v7)', pattern: '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }' },
      { label: 'leading wildcards', pattern: '{ $.eventName = "*CustomerGateway" || $.eventName = "*InternetGateway" }' },
    ],
    broken: [
      { label: 'internet gateways only', pattern: '{ ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }', missed: ['CreateCustomerGateway', 'DeleteCustomerGateway'], matchedWrongly: [] },
      { label: 'a wildcard on both sides', pattern: '{ $.eventName = "*Gateway*" }', missed: [], matchedWrongly: ['DescribeInternetGateways'] },
    ],
  },
  {
    id: '5.13 route table changes',
    covers: calls('ec2.amazonaws.com', ROUTE_CALLS),
    benign: { DescribeRouteTables: apiCall('ec2.amazonaws.com', 'DescribeRouteTables'), AssociateRouteTable: apiCall('ec2.amazonaws.com', 'AssociateRouteTable') },
    accepted: [
      { label: 'older (Security Hub CloudWatch.13)', pattern: '{($.eventName=CreateRoute) || ($.eventName=CreateRouteTable) || ($.eventName=ReplaceRoute) || ($.eventName=ReplaceRouteTableAssociation) || ($.eventName=DeleteRouteTable) || ($.eventName=DeleteRoute) || ($.eventName=DisassociateRouteTable)}' },
      { label: 'newer (CIS v4–v7 remediation)', pattern: '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }' },
      // The v7 audit text: (ec2 && CreateRoute) || CreateRouteTable || …, which still counts every EC2 call.
      { label: 'newer (CIS v7 audit)', pattern: '{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }' },
    ],
    broken: [
      { label: 'prefix match catches AssociateRouteTable', pattern: '{ ($.eventName = CreateRoute*) || ($.eventName = ReplaceRoute*) || ($.eventName = DeleteRoute*) || ($.eventName = *ssociateRouteTable) }', missed: [], matchedWrongly: ['AssociateRouteTable'] },
      { label: 'DisassociateRouteTable dropped', pattern: '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) }', missed: ['DisassociateRouteTable'], matchedWrongly: [] },
    ],
  },
  {
    id: '5.14 VPC changes',
    covers: calls('ec2.amazonaws.com', VPC_CALLS),
    benign: { DescribeVpcs: apiCall('ec2.amazonaws.com', 'DescribeVpcs') },
    accepted: [
      { label: 'older (Security Hub CloudWatch.14)', pattern: `{${anyName(VPC_CALLS, (n) => `($.eventName=${n})`)}}` },
      { label: 'newer (CIS v4–v7)', pattern: `{ ${anyName(VPC_CALLS, (n) => `($.eventName = ${n})`)} }` },
      { label: 'quoted, reordered', pattern: `{ ${anyName([...VPC_CALLS].sort(), (n) => `$.eventName = "${n}"`)} }` },
    ],
    broken: [
      { label: 'peering calls dropped', pattern: `{ ${anyName(VPC_CALLS.filter((n) => !n.includes('Peering')), (n) => `($.eventName = ${n})`)} }`, missed: ['AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection'], matchedWrongly: [] },
    ],
  },
  {
    id: '5.15 AWS Organizations changes',
    covers: calls('organizations.amazonaws.com', ORG_CALLS),
    benign: {
      ListAccounts: apiCall('organizations.amazonaws.com', 'ListAccounts'),
      'IAM CreatePolicy': apiCall('iam.amazonaws.com', 'CreatePolicy'),
    },
    accepted: [
      { label: 'CIS v4–v5 (quoted names)', pattern: `{ ($.eventSource = organizations.amazonaws.com) && (${anyName(ORG_CALLS, (n) => `($.eventName = "${n}")`)}) }` },
      { label: 'CIS v7 (unquoted names)', pattern: `{ ($.eventSource = organizations.amazonaws.com) && (${anyName(ORG_CALLS, (n) => `($.eventName = ${n})`)}) }` },
      { label: 'reordered, source last', pattern: `{ (${anyName([...ORG_CALLS].reverse(), (n) => `$.eventName = ${n}`)}) && $.eventSource = "organizations.amazonaws.com" }` },
    ],
    broken: [
      { label: 'event source dropped', pattern: `{ ${anyName(ORG_CALLS, (n) => `($.eventName = ${n})`)} }`, missed: [], matchedWrongly: ['IAM CreatePolicy'] },
      { label: 'LeaveOrganization dropped', pattern: `{ ($.eventSource = organizations.amazonaws.com) && (${anyName(ORG_CALLS.filter((n) => n !== 'LeaveOrganization'), (n) => `($.eventName = ${n})`)}) }`, missed: ['LeaveOrganization'], matchedWrongly: [] },
    ],
  },
];

function outcome(pattern: string, control: Control): { missed: string[]; matchedWrongly: string[] } {
  const compiledPattern = compiled(pattern);
  return {
    missed: Object.entries(control.covers).filter(([, event]) => !matchesEvent(compiledPattern, event)).map(([name]) => name),
    matchedWrongly: Object.entries(control.benign).filter(([, event]) => matchesEvent(compiledPattern, event)).map(([name]) => name),
  };
}

describe.each(controls)('CIS $id', (control) => {
  it.each(control.accepted)('$label counts every listed event and nothing else', ({ pattern }) => {
    expect(outcome(pattern, control)).toEqual({ missed: [], matchedWrongly: [] });
  });

  it.each(control.broken)('$label is caught', ({ pattern, missed, matchedWrongly }) => {
    expect(outcome(pattern, control)).toEqual({ missed, matchedWrongly });
  });
});

describe('where the CIS variants differ', () => {
  const v12 = '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }';
  const v7 = '{ ($.errorCode ="*UnauthorizedOperation") || ($.errorCode ="AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }';

  it('5.1: the newer text leaves log delivery and HeadBucket denials alone; the older counts them', () => {
    const delivery = apiCall('s3.amazonaws.com', 'PutObject', { errorCode: 'AccessDenied', sourceIPAddress: 'delivery.logs.amazonaws.com' });
    const headBucket = apiCall('s3.amazonaws.com', 'HeadBucket', { errorCode: 'AccessDenied' });
    expect([matches(v12, delivery), matches(v12, headBucket)]).toEqual([true, true]);
    expect([matches(v7, delivery), matches(v7, headBucket)]).toEqual([false, false]);
  });

  it('5.1: the newer text exempts only AccessDenied, since && binds tighter than ||', () => {
    const unauthorizedFromDelivery = apiCall('ec2.amazonaws.com', 'DescribeInstances', { errorCode: 'Client.UnauthorizedOperation', sourceIPAddress: 'delivery.logs.amazonaws.com' });
    expect(matches(v7, unauthorizedFromDelivery)).toBe(true);
  });

  it('5.2: the SSO variant leaves federated and failed sign-ins alone; the plain text counts them', () => {
    const plain = '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }';
    const sso = '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }';
    const federated = consoleLogin({ userIdentity: { type: 'AssumedRole', principalId: 'AROAEXAMPLE:alice', arn: 'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin/alice', accountId: '111122223333' } });
    const failed = consoleLogin({ errorMessage: 'Failed authentication', responseElements: { ConsoleLogin: 'Failure' } });
    expect([matches(plain, federated), matches(plain, failed)]).toEqual([true, true]);
    expect([matches(sso, federated), matches(sso, failed)]).toEqual([false, false]);
  });

  it('5.2: a sign-in event without MFAUsed is counted by neither text', () => {
    const noMfaField = consoleLogin({ additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No' } });
    expect(matches('{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }', noMfaField)).toBe(false);
  });
});
