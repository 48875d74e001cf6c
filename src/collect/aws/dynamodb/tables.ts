/**
 * aws.dynamodb.table: the tables of the region. ListTables names them;
 * DescribeTable answers each table's mode, status, deletion protection and
 * indexes; DescribeContinuousBackups its point-in-time recovery; one
 * Application Auto Scaling DescribeScalableTargets listing (namespace
 * dynamodb) per region says which capacity dimensions scale. Each call's
 * failure is recorded on the fields it fills. A table deleted between
 * listing and describing (ResourceNotFoundException) is not emitted.
 * ListTagsOfResource answers the tags, by the table's ARN, in pages by
 * NextToken; tags it cannot read are named unreadable on the
 * table, never read as "untagged".
 */
import { ApplicationAutoScalingClient, paginateDescribeScalableTargets } from '@aws-sdk/client-application-auto-scaling';
import { DescribeContinuousBackupsCommand, DescribeTableCommand, DynamoDBClient, ListTagsOfResourceCommand, paginateListTables } from '@aws-sdk/client-dynamodb';
import { mapped, setField, setFields, tagMap } from '../../answers.js';
import { callTable } from '../../calls.js';
import type { ClientClass, SdkClient } from '../../clients.js';
import { defineCollector } from '../../define.js';
import { listFetch, listResources, listedId, tokenPages } from '../../listing.js';
import { envelopeTags, failTags } from '../../tags.js';
import { inWindow } from '../../window.js';
import { AUTO_SCALING_FIELDS, DESCRIBE_TABLE_FIELDS, pointInTimeRecovery, scaledDimensions, tableFields } from './map.js';

export const tableCalls = callTable('DynamoDB', 'dynamodb', {
  ListTables: { iam: 'dynamodb:ListTables', fills: ['name'] },
  DescribeTable: { iam: 'dynamodb:DescribeTable', absentOn: ['ResourceNotFoundException'], fills: [...DESCRIBE_TABLE_FIELDS] },
  DescribeContinuousBackups: { iam: 'dynamodb:DescribeContinuousBackups', fills: ['pointInTimeRecoveryEnabled'] },
  ListTagsOfResource: { iam: 'dynamodb:ListTagsOfResource' },
});

export const scalingCalls = callTable('ApplicationAutoScaling', 'application-autoscaling', {
  DescribeScalableTargets: { iam: 'application-autoscaling:DescribeScalableTargets', fills: [...AUTO_SCALING_FIELDS] },
});

/**
 * Every input of Application Auto Scaling has a required member, so its
 * middleware stack's types refuse the pool's input-agnostic middlewares
 * (typed for any object input), which pass each input on unchanged: the
 * client is named to the pool as the SdkClient it is at run time.
 */
const ScalingClient = ApplicationAutoScalingClient as unknown as ClientClass<ApplicationAutoScalingClient & SdkClient>;

export const dynamodbTables = defineCollector({
  type: 'aws.dynamodb.table',
  scope: 'regional',
  calls: [tableCalls, scalingCalls],
  async collect(ctx) {
    const dynamodb = ctx.clients.get(DynamoDBClient, ctx.region);
    const scaling = ctx.clients.get(ScalingClient, ctx.region);
    const names = await listResources(ctx, tableCalls.ListTables, () => paginateListTables({ client: dynamodb, pageSize: 100 }, {}), (page) => page.TableNames);
    if (names.length === 0) return;
    const targets = mapped(
      await listFetch(scalingCalls.DescribeScalableTargets, () => paginateDescribeScalableTargets({ client: scaling, pageSize: 50 }, { ServiceNamespace: 'dynamodb' }), (page) => page.ScalableTargets),
      scaledDimensions, scalingCalls.DescribeScalableTargets.label,
    );
    await inWindow(names, async (listed) => {
      const name = listedId(ctx, listed, tableCalls.ListTables, 'a table', 'its name');
      if (name === undefined) return;
      // ListTagsOfResource takes only the ARN, which the table's name and place spell whole, so it need not wait for DescribeTable's.
      const ResourceArn = `arn:${ctx.partition}:dynamodb:${ctx.region}:${ctx.account}:table/${name}`;
      const [described, backups, tagged] = await Promise.all([
        ctx.call(tableCalls.DescribeTable, () => dynamodb.send(new DescribeTableCommand({ TableName: name }))),
        ctx.call(tableCalls.DescribeContinuousBackups, () => dynamodb.send(new DescribeContinuousBackupsCommand({ TableName: name }))),
        // The SDK has no paginator for it: pages by NextToken.
        listFetch(tableCalls.ListTagsOfResource, () => tokenPages((NextToken) => dynamodb.send(new ListTagsOfResourceCommand({ ResourceArn, NextToken }))), (page) => page.Tags),
      ]);
      if (described.kind === 'absent') return;
      const table = described.kind === 'ok' ? described.value.Table : undefined;
      const arn = table?.TableArn === '' ? undefined : table?.TableArn;
      const tags = envelopeTags(tagged, tagMap, tableCalls.ListTagsOfResource.label);
      const draft = ctx.draft({ type: 'aws.dynamodb.table', id: name, ...(arn === undefined ? {} : { arn }), tags: tags.tags }).set('name', name);
      failTags(draft, tags);
      if (table !== undefined) {
        setFields(draft, tableFields(table, targets.kind === 'ok' ? targets.value : undefined), tableCalls.DescribeTable.label);
        if (targets.kind === 'failed') for (const path of AUTO_SCALING_FIELDS) draft.fail(path, targets.failure);
      } else {
        const failure = described.kind === 'failed' ? described.failure : { code: 'IncompleteResponse', message: 'DescribeTable answered no Table', operation: tableCalls.DescribeTable.label };
        for (const path of [...DESCRIBE_TABLE_FIELDS, ...AUTO_SCALING_FIELDS]) draft.fail(path, failure);
      }
      setField(draft, 'pointInTimeRecoveryEnabled', backups, (answer) => pointInTimeRecovery(answer.ContinuousBackupsDescription), tableCalls.DescribeContinuousBackups.label);
      ctx.emit(draft.build());
    });
  },
});
