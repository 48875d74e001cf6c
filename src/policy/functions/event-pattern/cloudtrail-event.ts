/**
 * A CloudTrail record as the EventBridge event AWS delivers for it to the
 * default bus, so a rule's pattern can be judged against the same sample
 * records the metric-filter controls use.
 *
 * Sources:
 * - `source` is "aws." and the service part of `eventSource`: the EventBridge
 *   Events Reference gives, for each service's "events delivered via AWS
 *   CloudTrail", the pair `source: aws.<service>` and
 *   `eventSource: <service>.amazonaws.com` (aws.signin / signin.amazonaws.com,
 *   aws.cloudtrail / cloudtrail.amazonaws.com, and aws.monitoring /
 *   monitoring.amazonaws.com, where the part is not the product's name).
 *   https://docs.aws.amazon.com/eventbridge/latest/ref/
 * - `detail-type` follows `eventType`: EventBridge User Guide, "AWS service
 *   events delivered via AWS CloudTrail", lists AWS API Call, AWS Console
 *   Action, AWS Service Event and AWS Console Sign-in "via CloudTrail", and
 *   the CloudTrail User Guide, "Non-API events captured by CloudTrail", ties
 *   sign-ins to `AwsConsoleSignIn` and service events to `AwsServiceEvent`.
 *   That guide spells the sign-in type "AWS Console Signin via CloudTrail";
 *   delivered events, and the rules AWS's own samples write, say "AWS Console
 *   Sign In via CloudTrail", which is what a working rule matches, so that is
 *   the text used here.
 * - `account`, `region`, `time` and `id` are the record's recipientAccountId,
 *   awsRegion, eventTime and eventID; `version` is "0" and `resources` empty,
 *   as in the guide's example events; `detail` is the record itself.
 *
 * A record without one of those fields (sample records often leave out
 * eventTime or eventID) gets no such envelope field, rather than a made-up
 * value: a pattern that names it then misses the event, visibly. The same goes
 * for an eventType with no delivered detail-type (an Insights record).
 */

const DETAIL_TYPES: Readonly<Record<string, string>> = {
  AwsApiCall: 'AWS API Call via CloudTrail',
  AwsConsoleAction: 'AWS Console Action via CloudTrail',
  AwsConsoleSignIn: 'AWS Console Sign In via CloudTrail',
  AwsServiceEvent: 'AWS Service Event via CloudTrail',
};

const SERVICE_DOMAIN = '.amazonaws.com';

export function cloudTrailEvent(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const event: Record<string, unknown> = { version: '0' };
  copy(event, 'id', record.eventID);
  const detailType = typeof record.eventType === 'string' && Object.hasOwn(DETAIL_TYPES, record.eventType) ? DETAIL_TYPES[record.eventType] : undefined;
  copy(event, 'detail-type', detailType);
  copy(event, 'source', eventBridgeSource(record.eventSource));
  copy(event, 'account', record.recipientAccountId);
  copy(event, 'time', record.eventTime);
  copy(event, 'region', record.awsRegion);
  event.resources = [];
  event.detail = record;
  return event;
}

/** `signin.amazonaws.com` → `aws.signin`; undefined for anything that is not a service domain. */
export function eventBridgeSource(eventSource: unknown): string | undefined {
  if (typeof eventSource !== 'string' || !eventSource.endsWith(SERVICE_DOMAIN)) return undefined;
  const service = eventSource.slice(0, -SERVICE_DOMAIN.length);
  return service === '' ? undefined : `aws.${service}`;
}

function copy(event: Record<string, unknown>, key: string, value: unknown): void {
  if (typeof value === 'string') event[key] = value;
}
