/**
 * Pure mapping from Route 53 answers to the aws.route53.hosted-zone catalog
 * shape, one reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - A zone that no query logging configuration names has none: the account's
 *   whole ListQueryLoggingConfigs listing was read, so [] is a fact.
 * - A query logging configuration AWS answered without its HostedZoneId
 *   could be any zone's, so every zone gets a failing placeholder for it
 *   (withUnplaced): none may read as "not logged".
 */
import type { HostedZone, QueryLoggingConfig } from '@aws-sdk/client-route-53';
import { eachOf, required, UnreadableAnswer, withUnplaced, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Zone = CatalogData['aws.route53.hosted-zone'];

/** `/hostedzone/Z123` → `Z123`; ListQueryLoggingConfigs and the console name zones without the prefix. */
export function zoneId(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const bare = id.replace(/^\/hostedzone\//, '');
  return bare === '' ? undefined : bare;
}

export function hostedZoneArn(partition: string, id: string): string {
  return `arn:${partition}:route53:::hostedzone/${id}`;
}

/** Every field ListHostedZones fills. */
export function hostedZoneFields(zone: HostedZone): ReadersOf<Zone> {
  return {
    hostedZoneId: () => {
      const id = zoneId(zone.Id);
      if (id === undefined) throw new UnreadableAnswer('IncompleteResponse', 'the answer has no Id');
      return id;
    },
    zoneName: () => required(zone.Name, 'Name'),
    privateZone: () => required(zone.Config?.PrivateZone, 'Config.PrivateZone'),
    resourceRecordSetCount: () => required(zone.ResourceRecordSetCount, 'ResourceRecordSetCount'),
  };
}

/** The query logging configurations of the account, by the zone they log. */
export function configsByZone(configs: readonly QueryLoggingConfig[]): { byZone: Map<string, QueryLoggingConfig[]>; unplaced: number } {
  const byZone = new Map<string, QueryLoggingConfig[]>();
  let unplaced = 0;
  for (const config of configs) {
    const id = zoneId(config.HostedZoneId);
    if (id === undefined) {
      unplaced += 1;
      continue;
    }
    byZone.set(id, [...(byZone.get(id) ?? []), config]);
  }
  return { byZone, unplaced };
}

/** One zone's query logging configurations, with a failing placeholder for each configuration that names no zone. */
export function zoneQueryLogging(configs: readonly QueryLoggingConfig[], unplaced: number): WithGaps<Zone['queryLoggingConfigs']> {
  const mapped = eachOf(configs, 'QueryLoggingConfigs', (c) => ({
    id: required(c.Id, 'QueryLoggingConfigs[].Id'),
    cloudWatchLogsLogGroupArn: required(c.CloudWatchLogsLogGroupArn, 'QueryLoggingConfigs[].CloudWatchLogsLogGroupArn'),
  }));
  return withUnplaced(mapped, unplaced, `ListQueryLoggingConfigs answered ${unplaced} configuration(s) without HostedZoneId`);
}
