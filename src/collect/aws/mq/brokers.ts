/**
 * aws.mq.broker: the Amazon MQ brokers of the region. ListBrokers names
 * them; DescribeBroker answers each broker's settings and tags, recorded on
 * every field it fills (and the tags) when it fails. A broker deleted
 * between listing and describing (NotFoundException) is not emitted.
 * Broker users are never read (DescribeUser would be the only call that
 * goes near them, and it is not in the table).
 */
import { DescribeBrokerCommand, MqClient, paginateListBrokers } from '@aws-sdk/client-mq';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { brokerFields, DESCRIBE_BROKER_FIELDS } from './map.js';

export const brokerCalls = callTable('Mq', 'mq', {
  ListBrokers: { iam: 'mq:ListBrokers', fills: ['brokerId'] },
  DescribeBroker: { iam: 'mq:DescribeBroker', absentOn: ['NotFoundException'], fills: [...DESCRIBE_BROKER_FIELDS] },
});

export const mqBrokers = defineCollector({
  type: 'aws.mq.broker',
  scope: 'regional',
  calls: [brokerCalls],
  async collect(ctx) {
    const mq = ctx.clients.get(MqClient, ctx.region);
    const listed = await listResources(ctx, brokerCalls.ListBrokers, () => paginateListBrokers({ client: mq, pageSize: 100 }, {}), (page) => page.BrokerSummaries);
    await inWindow(listed, async (item) => {
      const id = listedId(ctx, item.BrokerId, brokerCalls.ListBrokers, 'a broker', 'BrokerId');
      if (id === undefined) return;
      const described = await ctx.call(brokerCalls.DescribeBroker, () => mq.send(new DescribeBrokerCommand({ BrokerId: id })));
      if (described.kind === 'absent') return;
      const arn = described.kind === 'ok' ? described.value.BrokerArn : item.BrokerArn;
      const draft = ctx.draft({
        type: 'aws.mq.broker', id,
        ...(arn === undefined || arn === '' ? {} : { arn }),
        ...(described.kind === 'ok' ? { tags: { ...described.value.Tags } } : {}),
      }).set('brokerId', id);
      if (described.kind === 'ok') {
        setFields(draft, brokerFields(described.value), brokerCalls.DescribeBroker.label);
      } else {
        for (const path of DESCRIBE_BROKER_FIELDS) draft.fail(path, described.failure);
        draft.fail(TAGS_ERROR_PATH, described.failure);
      }
      ctx.emit(draft.build());
    });
  },
});
