/**
 * CloudTrail records wrapped as the EventBridge events AWS delivers for them:
 * the envelope fields and where each comes from, every eventType with a
 * delivered detail-type, and records that lack a field.
 */
import { describe, expect, it } from 'vitest';
import { cloudTrailEvent, eventBridgeSource } from './cloudtrail-event.js';

// The CloudTrail User Guide's "IAM user, successful sign-in without MFA" record, shortened.
const signIn = {
  eventVersion: '1.08',
  userIdentity: { type: 'IAMUser', principalId: 'EXAMPLE6E4XEGITWATV6R', arn: 'arn:aws:iam::999999999999:user/Anaya', accountId: '999999999999', userName: 'Anaya' },
  eventTime: '2023-07-19T21:44:40Z',
  eventSource: 'signin.amazonaws.com',
  eventName: 'ConsoleLogin',
  awsRegion: 'us-east-1',
  sourceIPAddress: '192.0.2.0',
  responseElements: { ConsoleLogin: 'Success' },
  additionalEventData: { MFAUsed: 'No' },
  eventID: 'e1f2a3b4-0000-4000-8000-000000000001',
  eventType: 'AwsConsoleSignIn',
  recipientAccountId: '999999999999',
};

describe('cloudTrailEvent', () => {
  it('wraps a record in the envelope EventBridge delivers, the record as detail', () => {
    expect(cloudTrailEvent(signIn)).toEqual({
      version: '0',
      id: 'e1f2a3b4-0000-4000-8000-000000000001',
      'detail-type': 'AWS Console Sign In via CloudTrail',
      source: 'aws.signin',
      account: '999999999999',
      time: '2023-07-19T21:44:40Z',
      region: 'us-east-1',
      resources: [],
      detail: signIn,
    });
  });

  const detailTypes: readonly (readonly [eventType: string, detailType: string | undefined])[] = [
    ['AwsApiCall', 'AWS API Call via CloudTrail'],
    ['AwsConsoleSignIn', 'AWS Console Sign In via CloudTrail'],
    ['AwsServiceEvent', 'AWS Service Event via CloudTrail'],
    ['AwsConsoleAction', 'AWS Console Action via CloudTrail'],
    ['AwsCloudTrailInsight', undefined],
    ['awsapicall', undefined],
    ['toString', undefined],
  ];
  it.each(detailTypes)('eventType %s → detail-type %s', (eventType, detailType) => {
    expect(cloudTrailEvent({ ...signIn, eventType })['detail-type']).toBe(detailType);
  });

  it('leaves out envelope fields the record does not have, rather than invent them', () => {
    const bare = { eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', awsRegion: 'us-east-1', eventType: 'AwsApiCall' };
    expect(cloudTrailEvent(bare)).toEqual({
      version: '0', 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.cloudtrail', region: 'us-east-1', resources: [], detail: bare,
    });
    expect(Object.keys(cloudTrailEvent({}))).toEqual(['version', 'resources', 'detail']);
  });

  it('copies only string envelope values', () => {
    const event = cloudTrailEvent({ ...signIn, recipientAccountId: 999999999999, eventTime: null });
    expect(event).not.toHaveProperty('account');
    expect(event).not.toHaveProperty('time');
  });
});

describe('eventBridgeSource', () => {
  const rows: readonly (readonly [eventSource: unknown, source: string | undefined])[] = [
    ['signin.amazonaws.com', 'aws.signin'],
    ['cloudtrail.amazonaws.com', 'aws.cloudtrail'],
    ['iam.amazonaws.com', 'aws.iam'],
    ['monitoring.amazonaws.com', 'aws.monitoring'],
    ['trustedadvisor.amazonaws.com', 'aws.trustedadvisor'],
    ['.amazonaws.com', undefined],
    ['amazonaws.com', undefined],
    ['signin.example.com', undefined],
    [42, undefined],
    [undefined, undefined],
  ];
  it.each(rows)('%s → %s', (eventSource, source) => {
    expect(eventBridgeSource(eventSource)).toBe(source);
  });
});
