/**
 * Logging and monitoring: trails with classic or advanced event selectors
 * (several each), some stopped, unencrypted or unvalidated; log groups with
 * CIS metric filters; alarms on those metrics with and without actions;
 * topics with subscriptions; each region's default event bus (some open to
 * other accounts) and EventBridge rules, enabled or not, matching security
 * events or running on a schedule, with targets that reach someone or not.
 */
import type { Static } from '@sinclair/typebox';
import { cloudtrailTrail } from '../../src/resources/types/cloudtrail-trail.js';
import { cloudwatchAlarm } from '../../src/resources/types/cloudwatch-alarm.js';
import { eventsEventBus } from '../../src/resources/types/events-event-bus.js';
import { eventsRule } from '../../src/resources/types/events-rule.js';
import { logsLogGroup } from '../../src/resources/types/logs-log-group.js';
import { snsTopic } from '../../src/resources/types/sns-topic.js';
import { daysAgo, defineRecipe, denied, field, type Recipe, type Variation } from './recipe.js';
import type { Rng } from './rng.js';

type TrailData = Static<typeof cloudtrailTrail.data>;
type FieldSelector = TrailData['advancedEventSelectors'][number]['fieldSelectors'][number];

function selector(fieldName: string, equals: string[], extra: Partial<FieldSelector> = {}): FieldSelector {
  return { field: fieldName, equals, startsWith: [], endsWith: [], notEquals: [], notStartsWith: [], notEndsWith: [], ...extra };
}

function classicSelectors(rng: Rng): TrailData['eventSelectors'] {
  return Array.from({ length: rng.int(1, 3) }, (_, k) => ({
    readWriteType: k === 0 ? rng.pick(['All', 'All', 'WriteOnly', 'ReadOnly'] as const) : 'All',
    includeManagementEvents: k === 0,
    excludeManagementEventSources: k === 0 && rng.chance(0.2) ? ['kms.amazonaws.com'] : [],
    dataResources: k === 0 ? [] : [{ type: rng.pick(['AWS::S3::Object', 'AWS::Lambda::Function']), values: rng.chance(0.5) ? ['arn:aws:s3'] : ['arn:aws:s3:::bucket/'] }],
  }));
}

function advancedSelectors(rng: Rng): TrailData['advancedEventSelectors'] {
  const management = { name: 'Management events', fieldSelectors: [selector('eventCategory', ['Management']), ...(rng.chance(0.3) ? [selector('readOnly', ['false'])] : [])] };
  const data = Array.from({ length: rng.int(0, 2) }, (_, k) => ({
    name: `Data events ${k}`,
    fieldSelectors: [
      selector('eventCategory', ['Data']),
      selector('resources.type', [rng.pick(['AWS::S3::Object', 'AWS::Lambda::Function', 'AWS::DynamoDB::Table'])]),
      selector('resources.ARN', [], { startsWith: ['arn:aws:s3:::bucket/'] }),
    ],
  }));
  return [management, ...data];
}

export const trailRecipe: Recipe = defineRecipe({
  definition: cloudtrailTrail,
  weight: 5,
  vary(rng): Variation<typeof cloudtrailTrail.data> {
    const advanced = rng.chance(0.4);
    const logging = rng.chance(0.85);
    const cloudWatch = rng.chance(0.6);
    return {
      data: {
        isMultiRegionTrail: rng.chance(0.6),
        isOrganizationTrail: rng.chance(0.1),
        logFileValidationEnabled: rng.chance(0.7),
        kmsKeyId: rng.chance(0.6) ? cloudtrailTrail.example.kmsKeyId : null,
        cloudWatchLogsLogGroupArn: cloudWatch ? cloudtrailTrail.example.cloudWatchLogsLogGroupArn : null,
        cloudWatchLogsLogGroupName: cloudWatch ? cloudtrailTrail.example.cloudWatchLogsLogGroupName : null,
        cloudWatchLogsRoleArn: cloudWatch ? cloudtrailTrail.example.cloudWatchLogsRoleArn : null,
        status: {
          isLogging: logging,
          latestDeliveryTime: daysAgo(logging ? 0.01 : rng.int(2, 60)),
          stopLoggingTime: logging ? null : daysAgo(rng.int(2, 60)),
          latestCloudWatchLogsDeliveryTime: cloudWatch ? daysAgo(0.01) : null,
        },
        eventSelectors: advanced ? [] : classicSelectors(rng),
        advancedEventSelectors: advanced ? advancedSelectors(rng) : [],
        hasInsightSelectors: false,
      },
      ...(rng.chance(0.05) ? { errors: [denied('eventSelectors', 'cloudtrail:GetEventSelectors'), denied('advancedEventSelectors', 'cloudtrail:GetEventSelectors')] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const name = `trail-${seq}`;
    const buckets = refs.ids('aws.s3.bucket', place.account);
    const groups = refs.arns('aws.logs.log-group', place.account, place.region);
    const keys = refs.arns('aws.kms.key', place.account, place.region);
    const data: Record<string, unknown> = { name, homeRegion: place.region };
    // Most trails write to a bucket of the snapshot; some to one that is not there (another account's).
    if (buckets.length > 0 && rng.chance(0.9)) data.s3BucketName = rng.pick(buckets);
    if (field(template, 'cloudWatchLogsLogGroupArn') !== null && groups.length > 0) {
      const group = rng.pick(groups);
      data.cloudWatchLogsLogGroupArn = `${group}:*`;
      data.cloudWatchLogsLogGroupName = group.slice(group.indexOf(':log-group:') + ':log-group:'.length);
    }
    if (field(template, 'kmsKeyId') !== null && keys.length > 0) data.kmsKeyId = rng.pick(keys);
    return { id: name, arn: `arn:aws:cloudtrail:${place.region}:${place.account}:trail/${name}`, data };
  },
});

/** CIS section 4 metric filters: name, pattern. */
const cisFilters: readonly (readonly [string, string])[] = [
  ['UnauthorizedAPICalls', '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }'],
  ['RootAccountUsage', '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'],
  ['IAMPolicyChanges', '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = AttachUserPolicy) }'],
  ['ConsoleSigninWithoutMFA', '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }'],
  ['CloudTrailChanges', '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StopLogging) }'],
  ['SecurityGroupChanges', '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupIngress) }'],
];

export const logGroupRecipe: Recipe = defineRecipe({
  definition: logsLogGroup,
  weight: 80,
  vary(rng): Variation<typeof logsLogGroup.data> {
    const filters = rng.chance(0.2) ? rng.sample(cisFilters, rng.int(1, 6)) : [];
    return {
      data: {
        retentionInDays: rng.pick([null, 7, 30, 90, 365, 3653]),
        kmsKeyId: rng.chance(0.4) ? logsLogGroup.example.kmsKeyId : null,
        storedBytes: rng.int(0, 1e9),
        logGroupClass: rng.chance(0.9) ? 'STANDARD' : 'INFREQUENT_ACCESS',
        metricFilters: filters.map(([metricName, filterPattern]) => ({
          filterName: metricName,
          filterPattern,
          metricTransformations: [{ metricName, metricNamespace: 'CISBenchmark', metricValue: '1', defaultValue: null, unit: null }],
        })),
      },
    };
  },
  identify(seq, place) {
    const logGroupName = `/aws/app/service-${seq}`;
    return { id: logGroupName, arn: `arn:aws:logs:${place.region}:${place.account}:log-group:${logGroupName}`, data: { logGroupName } };
  },
});

export const alarmRecipe: Recipe = defineRecipe({
  definition: cloudwatchAlarm,
  weight: 60,
  vary(rng): Variation<typeof cloudwatchAlarm.data> {
    const cis = rng.chance(0.3);
    const [metricName] = cis ? rng.pick(cisFilters) : [rng.pick(['CPUUtilization', 'Errors', '5XXError', 'FreeStorageSpace'])];
    return {
      data: {
        namespace: cis ? 'CISBenchmark' : rng.pick(['AWS/EC2', 'AWS/Lambda', 'AWS/RDS']),
        metricName,
        statistic: cis ? 'Sum' : 'Average',
        threshold: cis ? 1 : rng.pick([50, 80, 90]),
        actionsEnabled: rng.chance(0.9),
        alarmActions: rng.chance(0.8) ? ['arn:aws:sns:us-east-1:123456789012:security-alerts'] : [],
        stateValue: rng.pick(['OK', 'OK', 'ALARM', 'INSUFFICIENT_DATA'] as const),
        treatMissingData: rng.pick(['notBreaching', 'missing', null] as const),
      },
    };
  },
  identify(seq, place, template, refs, rng) {
    const alarmName = `alarm-${seq}-${String(field(template, 'metricName'))}`;
    const topics = refs.arns('aws.sns.topic', place.account, place.region);
    const actions = field(template, 'alarmActions');
    return {
      id: alarmName,
      arn: `arn:aws:cloudwatch:${place.region}:${place.account}:alarm:${alarmName}`,
      data: { alarmName, ...(Array.isArray(actions) && actions.length > 0 && topics.length > 0 ? { alarmActions: [rng.pick(topics)] } : {}) },
    };
  },
});

export const snsTopicRecipe: Recipe = defineRecipe({
  definition: snsTopic,
  weight: 25,
  vary(rng): Variation<typeof snsTopic.data> {
    const subscriptions = Array.from({ length: rng.int(0, 3) }, (_, k) => {
      const confirmed = rng.chance(0.85);
      return {
        subscriptionArn: confirmed ? `arn:aws:sns:us-east-1:123456789012:topic:${rng.hex(8)}-${k}` : null,
        protocol: rng.pick(['email', 'sqs', 'lambda', 'https'] as const),
        endpoint: `team-${k}@example.com`,
        confirmed,
        owner: '123456789012',
      };
    });
    return {
      data: {
        kmsMasterKeyId: rng.chance(0.5) ? snsTopic.example.kmsMasterKeyId : null,
        subscriptions,
        subscriptionsConfirmed: subscriptions.filter((s) => s.confirmed).length,
        subscriptionsPending: subscriptions.filter((s) => !s.confirmed).length,
      },
    };
  },
  identify(seq, place) {
    const name = `topic-${seq}`;
    const topicArn = `arn:aws:sns:${place.region}:${place.account}:${name}`;
    return { id: name, arn: topicArn, data: { topicArn, name } };
  },
});

export const eventBusRecipe: Recipe = defineRecipe({
  definition: eventsEventBus,
  // One default bus per account and region (bench/synthetic/snapshot.ts PER_REGION), as AWS gives every region one.
  weight: 0,
  vary(rng): Variation<typeof eventsEventBus.data> {
    const grant = { Sid: 'put-events', Effect: 'Allow', Principal: { AWS: rng.pick(['arn:aws:iam::210987654321:root', '*']) }, Action: 'events:PutEvents', Resource: eventsEventBus.example.arn };
    return {
      data: {
        policy: rng.chance(0.3) ? { Version: '2012-10-17', Statement: [grant] } : null,
        kmsKeyIdentifier: rng.chance(0.2) ? 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' : null,
        deadLetterArn: rng.chance(0.2) ? 'arn:aws:sqs:us-east-1:123456789012:events-dlq' : null,
      },
      ...(rng.chance(0.05) ? { errors: ['description', 'policy', 'kmsKeyIdentifier', 'deadLetterArn'].map((path) => denied(path, 'events:DescribeEventBus')) } : {}),
    };
  },
  identify(_seq, place) {
    const arn = `arn:aws:events:${place.region}:${place.account}:event-bus/default`;
    return { id: 'default', arn, data: { name: 'default', arn } };
  },
});

/** Patterns of the security events monitoring controls alert on, and a few that match other things. */
const eventPatterns = [
  '{"detail-type":["AWS Console Sign In via CloudTrail"],"detail":{"userIdentity":{"type":["Root"]}}}',
  '{"source":["aws.cloudtrail"],"detail":{"eventSource":["cloudtrail.amazonaws.com"],"eventName":["StopLogging","DeleteTrail","UpdateTrail"]}}',
  '{"source":["aws.iam"],"detail":{"eventSource":["iam.amazonaws.com"],"eventName":[{"prefix":"Put"},{"prefix":"Delete"},{"prefix":"Attach"},{"prefix":"Detach"}]}}',
  '{"source":["aws.ec2"],"detail":{"eventName":["AuthorizeSecurityGroupIngress","RevokeSecurityGroupIngress"]}}',
  '{"source":["aws.guardduty"],"detail-type":["GuardDuty Finding"]}',
  '{"source":["aws.ec2"],"detail-type":["EC2 Instance State-change Notification"]}',
] as const;

const targetArns = [
  ['sns', 'arn:aws:sns:us-east-1:123456789012:security-alerts'],
  ['lambda', 'arn:aws:lambda:us-east-1:123456789012:function:responder'],
  ['sqs', 'arn:aws:sqs:us-east-1:123456789012:security-events'],
  ['states', 'arn:aws:states:us-east-1:123456789012:stateMachine:contain'],
  ['events', 'arn:aws:events:us-east-1:210987654321:event-bus/central'],
  ['logs', 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/audit'],
] as const;

export const ruleRecipe: Recipe = defineRecipe({
  definition: eventsRule,
  weight: 15,
  vary(rng): Variation<typeof eventsRule.data> {
    const scheduled = rng.chance(0.2);
    const targets = Array.from({ length: rng.int(0, 3) }, (_, k) => {
      const [service, arn] = rng.pick(targetArns);
      return {
        id: `target-${k}`, arn, service,
        roleArn: service === 'events' || service === 'states' ? 'arn:aws:iam::123456789012:role/events-invoke' : null,
        hasInput: scheduled && rng.chance(0.5), hasInputPath: false,
        inputTransformer: rng.chance(0.2) ? { inputTemplate: '"<detail-type> in <account>"' } : null,
        deadLetterArn: rng.chance(0.3) ? 'arn:aws:sqs:us-east-1:123456789012:events-dlq' : null,
        retryPolicy: rng.chance(0.2) ? { maximumRetryAttempts: rng.int(0, 185), maximumEventAgeInSeconds: null } : null,
      };
    });
    return {
      data: {
        state: rng.chance(0.75) ? 'ENABLED' : rng.chance(0.8) ? 'DISABLED' : 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS',
        eventPattern: scheduled ? null : rng.pick(eventPatterns),
        scheduleExpression: scheduled ? rng.pick(['rate(1 hour)', 'cron(0 6 * * ? *)']) : null,
        managedBy: rng.chance(0.05) ? 'autoscaling.amazonaws.com' : null,
        description: rng.chance(0.5) ? 'Security alerting' : null,
        targets,
      },
      ...(rng.chance(0.05) ? { errors: [denied('targets', 'events:ListTargetsByRule')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `rule-${seq}`;
    const arn = `arn:aws:events:${place.region}:${place.account}:rule/${name}`;
    return { id: name, arn, data: { name, arn, eventBusName: 'default' } };
  },
});
