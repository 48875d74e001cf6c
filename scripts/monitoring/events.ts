/**
 * Canonical CloudTrail records the CIS monitoring policies test filter
 * patterns against: each record as CloudTrail writes it (see the CloudTrail
 * record contents reference), cut to the fields that identify the event —
 * who, what, from where, whether it failed — so a policy's list of sample
 * events stays readable. Timestamps, request and response bodies are left out.
 */

export type CloudTrailEvent = Record<string, unknown>;

const ACCOUNT = '123456789012';

const iamUser = { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/alice`, accountId: ACCOUNT };
const root = { type: 'Root', arn: `arn:aws:iam::${ACCOUNT}:root`, accountId: ACCOUNT };

/** An API call by an IAM user from the internet, as CloudTrail records a management event. */
export function apiCall(eventSource: string, eventName: string, extra: CloudTrailEvent = {}): CloudTrailEvent {
  return {
    eventSource,
    eventName,
    userIdentity: iamUser,
    sourceIPAddress: '203.0.113.10',
    awsRegion: 'us-east-1',
    readOnly: /^(Describe|Get|List|Head)/.test(eventName),
    eventType: 'AwsApiCall',
    ...extra,
  };
}

export function consoleLogin(options: { identity?: 'IAMUser' | 'Root'; mfa: 'Yes' | 'No'; result: 'Success' | 'Failure' }): CloudTrailEvent {
  const failed = options.result === 'Failure';
  return {
    eventSource: 'signin.amazonaws.com',
    eventName: 'ConsoleLogin',
    userIdentity: options.identity === 'Root' ? root : iamUser,
    sourceIPAddress: '203.0.113.10',
    awsRegion: 'us-east-1',
    responseElements: { ConsoleLogin: options.result },
    additionalEventData: { MFAUsed: options.mfa },
    ...(failed ? { errorMessage: 'Failed authentication' } : {}),
    eventType: 'AwsConsoleSignIn',
  };
}

/** An API call made by the root user's own credentials. */
export function rootApiCall(eventSource: string, eventName: string): CloudTrailEvent {
  return apiCall(eventSource, eventName, { userIdentity: root });
}

/** An action an AWS service took on the root user's behalf (invokedBy set). */
export function rootViaService(eventSource: string, eventName: string, service: string): CloudTrailEvent {
  return apiCall(eventSource, eventName, { userIdentity: { ...root, invokedBy: service }, sourceIPAddress: service });
}

/**
 * An event AWS itself generates about the account, recorded with the root
 * identity and no invokedBy: why CIS added `$.eventType != "AwsServiceEvent"`.
 */
export function serviceEvent(eventSource: string, eventName: string): CloudTrailEvent {
  return {
    eventSource,
    eventName,
    userIdentity: { type: 'Root', accountId: ACCOUNT },
    sourceIPAddress: eventSource,
    awsRegion: 'us-east-1',
    eventType: 'AwsServiceEvent',
  };
}
