/**
 * AWS::Route53::HostedZone → aws.route53.hosted-zone. AWS's Config resource
 * schema for the type (awslabs/aws-config-resource-schema) records the zone
 * as CloudFormation describes it, PascalCase: Id, Name, NameServers, VPCs
 * (VPCId, VPCRegion) and a QueryLoggingConfig whose nesting
 * (QueryLoggingConfig.CloudWatchLogsLogGroupArn.{Id, HostedZoneId,
 * CloudWatchLogsLogGroupArn}) is not the API's and is not verified against a
 * recorded item. What it holds is read back into the SDK's HostedZone and
 * mapped by the API collector's own functions: one mapping, two sources.
 * Only private zones are associated with VPCs, so a zone whose item lists
 * one is private; an item without VPCs does not say the zone is public (the
 * key may simply not be recorded). The schema lists no PrivateZone and no
 * record count, and the query logging configuration is its own Route 53
 * resource: those — and a Name that is not the fully qualified name Route
 * 53 answers — are read in the same run with the API collector's rows, one
 * ListHostedZones and one ListQueryLoggingConfigs listing per run, as the
 * API path reads them. A zone deleted since Config recorded it is not
 * listed: an error on those fields, never "none" or "not logged" (with an
 * aggregator the listings cannot be made: they are errors on the zone).
 * Route 53 is global: the mapping queries Config once, in the partition's
 * home region, where the API collector reads the zones too. The API
 * collector reads no tags, so neither does this mapping.
 */
import { paginateListHostedZones, paginateListQueryLoggingConfigs, Route53Client, type HostedZone, type QueryLoggingConfig } from '@aws-sdk/client-route-53';
import { readFields } from '../../answers.js';
import { hostedZoneCalls } from '../../aws/route53/hosted-zones.js';
import { configsByZone, hostedZoneArn, hostedZoneFields, zoneId, zoneQueryLogging } from '../../aws/route53/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import { fieldOf, goneFrom, oncePerRun } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, stringOf } from '../mapper.js';
import { fromItem, type Unreadable } from '../read.js';

/** The zone's id without the /hostedzone/ prefix: the item's configuration.Id, else Config's resource id. */
const idOf = (item: ConfigurationItem): string => zoneId(stringOf(item.configuration?.Id)) ?? zoneId(item.resourceId) ?? item.resourceId;

/** The account's zones, listed once per collector run however many items lack fields. */
const zonesOf = oncePerRun((ctx): Promise<Fetch<HostedZone[]>> => {
  const route53 = ctx.clients.get(Route53Client, ctx.region);
  return listFetch(hostedZoneCalls.ListHostedZones, () => paginateListHostedZones({ client: route53, pageSize: 100 }, {}), (page) => page.HostedZones);
});

/** The account's query logging configurations, listed once per collector run, usable only complete. */
const loggingOf = oncePerRun((ctx): Promise<Fetch<QueryLoggingConfig[]>> => {
  const route53 = ctx.clients.get(Route53Client, ctx.region);
  return listFetch(hostedZoneCalls.ListQueryLoggingConfigs, () => paginateListQueryLoggingConfigs({ client: route53, pageSize: 100 }, {}), (page) => page.QueryLoggingConfigs);
});

const gone = (operation: string): Fetch<never> => goneFrom('NoSuchHostedZone', 'Route 53 no longer has the hosted zone AWS Config recorded', operation);

/** The zone as ListHostedZones answers it, or why it cannot be read: the listing failed, or the zone is gone. */
async function listedZone(ctx: CollectContext, item: ConfigurationItem): Promise<Fetch<HostedZone>> {
  const listing = await zonesOf(ctx);
  if (listing.kind !== 'ok') return listing.kind === 'failed' ? listing : gone(hostedZoneCalls.ListHostedZones.label);
  const zone = listing.value.find((z) => zoneId(z.Id) === idOf(item));
  return zone === undefined ? gone(hostedZoneCalls.ListHostedZones.label) : { kind: 'ok', value: zone };
}

async function listedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const zone = await listedZone(ctx, item);
  return zone.kind === 'ok' ? fieldOf(hostedZoneFields(zone.value), path, hostedZoneCalls.ListHostedZones.label) : zone;
}

/** The configurations naming the zone, once the zone is known to exist: a deleted zone's [] would read as "not logged". */
async function loggingField(ctx: CollectContext, item: ConfigurationItem): Promise<Fetch<unknown>> {
  const zone = await listedZone(ctx, item);
  if (zone.kind !== 'ok') return zone;
  const label = hostedZoneCalls.ListQueryLoggingConfigs.label;
  const logging = await loggingOf(ctx);
  if (logging.kind === 'failed') return logging;
  // An absent listing has no row saying so (ListQueryLoggingConfigs has no absentOn); read it as unknown, never "not logged".
  if (logging.kind !== 'ok') return { kind: 'failed', failure: { code: 'IncompleteResponse', message: 'ListQueryLoggingConfigs answered nothing', operation: label } };
  const placed = configsByZone(logging.value);
  return fieldOf({ queryLoggingConfigs: () => zoneQueryLogging(placed.byZone.get(idOf(item)) ?? [], placed.unplaced) }, 'queryLoggingConfigs', label);
}

const LISTED = ['hostedZoneId', 'zoneName', 'privateZone', 'resourceRecordSetCount'];

export const route53HostedZoneFromConfig = defineConfigMapper({
  configType: 'AWS::Route53::HostedZone',
  catalogType: 'aws.route53.hosted-zone',
  scope: 'global',
  fill: {
    calls: [hostedZoneCalls],
    read(ctx, item, path) {
      if (path === 'queryLoggingConfigs' || path.startsWith('queryLoggingConfigs[')) return () => loggingField(ctx, item);
      return LISTED.includes(path) ? () => listedField(ctx, item, path) : undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const id = idOf(item);
    const name = stringOf(c.Name);
    // Route 53 answers a zone's name fully qualified, with its final dot; any other spelling is not its answer.
    const qualified = name !== undefined && name.endsWith('.') ? name : undefined;
    const isPrivate = Array.isArray(c.VPCs) && c.VPCs.length > 0 ? true : undefined;
    const zone: HostedZone = { Id: id, Name: qualified, CallerReference: undefined, Config: isPrivate === undefined ? undefined : { PrivateZone: true } };
    const own: Unreadable[] = [
      ...(qualified === undefined ? [{ path: 'zoneName', reason: 'the Configuration Item has no configuration.Name as the fully qualified name Route 53 answers' }] : []),
      ...(isPrivate === undefined ? [{ path: 'privateZone', reason: 'AWS Config\'s resource schema for AWS::Route53::HostedZone lists no PrivateZone, and the item names no VPC (which only a private zone has)' }] : []),
      { path: 'resourceRecordSetCount', reason: 'AWS Config\'s resource schema for AWS::Route53::HostedZone lists no record count' },
      { path: 'queryLoggingConfigs', reason: 'a zone\'s query logging configuration is its own Route 53 resource (ListQueryLoggingConfigs), not verified to be in AWS::Route53::HostedZone' },
    ];
    const read = fromItem(readFields(hostedZoneFields(zone)), own);
    return {
      envelope: { type: 'aws.route53.hosted-zone', id, arn: hostedZoneArn(place.partition, id), tags: {}, ...(qualified === undefined ? {} : { name: qualified }) },
      fields: read.fields,
      unreadable: read.unreadable,
    };
  },
});
