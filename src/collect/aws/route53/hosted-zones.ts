/**
 * aws.route53.hosted-zone: every hosted zone of the account (Route 53 is
 * global; its API answers in the partition's home region), with the DNS
 * query logging configurations that name it. ListQueryLoggingConfigs is
 * read once for the whole account, every page, and usable only complete:
 * when it fails, every zone's queryLoggingConfigs fails with it, never
 * "not logged".
 */
import { paginateListHostedZones, paginateListQueryLoggingConfigs, Route53Client } from '@aws-sdk/client-route-53';
import { callTable } from '../../calls.js';
import { setField, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listedId, listFetch, listResources } from '../../listing.js';
import { configsByZone, hostedZoneArn, hostedZoneFields, zoneId, zoneQueryLogging } from './map.js';

export const hostedZoneCalls = callTable('Route53', 'route53', {
  ListHostedZones: { iam: 'route53:ListHostedZones', fills: ['hostedZoneId', 'zoneName', 'privateZone', 'resourceRecordSetCount'] },
  ListQueryLoggingConfigs: { iam: 'route53:ListQueryLoggingConfigs', fills: ['queryLoggingConfigs'] },
});

export const route53HostedZones = defineCollector({
  type: 'aws.route53.hosted-zone',
  scope: 'global',
  calls: [hostedZoneCalls],
  async collect(ctx) {
    const route53 = ctx.clients.get(Route53Client, ctx.region);
    const [zones, logging] = await Promise.all([
      listResources(ctx, hostedZoneCalls.ListHostedZones, () => paginateListHostedZones({ client: route53, pageSize: 100 }, {}), (page) => page.HostedZones),
      listFetch(hostedZoneCalls.ListQueryLoggingConfigs, () => paginateListQueryLoggingConfigs({ client: route53, pageSize: 100 }, {}), (page) => page.QueryLoggingConfigs),
    ]);
    const placed = logging.kind === 'ok' ? configsByZone(logging.value) : undefined;
    for (const zone of zones) {
      const id = listedId(ctx, zoneId(zone.Id), hostedZoneCalls.ListHostedZones, 'a hosted zone', 'Id');
      if (id === undefined) continue;
      const draft = ctx.draft({ type: 'aws.route53.hosted-zone', id, arn: hostedZoneArn(ctx.partition, id), ...(zone.Name === undefined ? {} : { name: zone.Name }) });
      setFields(draft, hostedZoneFields(zone), hostedZoneCalls.ListHostedZones.label);
      setField(draft, 'queryLoggingConfigs', logging, () => zoneQueryLogging(placed?.byZone.get(id) ?? [], placed?.unplaced ?? 0), hostedZoneCalls.ListQueryLoggingConfigs.label);
      ctx.emit(draft.build());
    }
  },
});
