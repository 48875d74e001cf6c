/**
 * `--source config --aggregator <name>`: every account and region an AWS
 * Config aggregator holds, read with one advanced query per mapped type
 * (SelectAggregateResourceConfig) from the aggregator's account — no role
 * assumed anywhere. What the aggregator cannot vouch for is not complete:
 * a source whose last aggregation failed is failed coverage with Config's
 * error, an outdated one is partial, a type the aggregator filters out is
 * failed, and every type Config does not hold (the credential report, trail
 * status, metric filters …) is failed coverage naming `--source api`, so
 * the scan reports ERROR rather than a pass for what was not read.
 */
import {
  BatchGetAggregateResourceConfigCommand, ConfigServiceClient, DescribeConfigurationAggregatorSourcesStatusCommand, DescribeConfigurationAggregatorsCommand,
  paginateSelectAggregateResourceConfig, type AggregatedSourceStatus, type ConfigurationAggregator, type ResourceType,
} from '@aws-sdk/client-config-service';
import { AssayError } from '../../diagnostics/error.js';
import { GLOBAL_REGION } from '../../resources/define.js';
import type { Resource } from '../../resources/resource.js';
import { SNAPSHOT_SCHEMA_VERSION, type CollectionError, type CoverageEntry, type Snapshot } from '../../snapshot/schema.js';
import { callTable, permissionsOf } from '../calls.js';
import { ResourceDraft } from '../context.js';
import type { ClientPool } from '../clients.js';
import type { Collector } from '../define.js';
import { describeError } from '../failure.js';
import { readPages } from '../listing.js';
import { homeRegion, type Partition } from '../partition.js';
import { BATCH_KEYS, configurationOf, parseItem, selectExpression, type ConfigurationItem } from './item.js';
import { notInItem, type ConfigMapper } from './mapper.js';

export const aggregatorCalls = callTable('ConfigService', 'config', {
  DescribeConfigurationAggregators: { iam: 'config:DescribeConfigurationAggregators' },
  DescribeConfigurationAggregatorSourcesStatus: { iam: 'config:DescribeConfigurationAggregatorSourcesStatus' },
  SelectAggregateResourceConfig: { iam: 'config:SelectAggregateResourceConfig' },
  BatchGetAggregateResourceConfig: { iam: 'config:BatchGetAggregateResourceConfig' },
});

export const aggregatorPermissions: readonly string[] = permissionsOf([aggregatorCalls]);

export interface AggregatorOptions {
  readonly clients: ClientPool;
  /** The region the aggregator lives in. */
  readonly region: string;
  readonly partition: Partition;
  readonly aggregator: string;
  /** The account Assay runs in (the aggregator's), where calls that fail are recorded. */
  readonly account: string;
  /** Only these accounts / regions (a shard); undefined: all the aggregator holds. */
  readonly accounts?: readonly string[];
  readonly regions?: readonly string[];
  readonly mappers: readonly ConfigMapper[];
  /** The types read from APIs on the other path: here, uncovered. */
  readonly uncovered: readonly Collector[];
  readonly generator: Snapshot['generator'];
  readonly now: () => Date;
}

const fail = (message: string, hint?: string): AssayError => new AssayError('COLLECT_FAILED', message, hint === undefined ? {} : { hint });

async function describeAggregator(client: ConfigServiceClient, name: string): Promise<ConfigurationAggregator> {
  try {
    const answer = await client.send(new DescribeConfigurationAggregatorsCommand({ ConfigurationAggregatorNames: [name] }));
    const found = answer.ConfigurationAggregators?.[0];
    if (found === undefined) throw fail(`AWS Config has no aggregator named "${name}" in this account and region`);
    return found;
  } catch (error) {
    if (error instanceof AssayError) throw error;
    const { code, message } = describeError(error);
    throw fail(`cannot read the aggregator "${name}" (${aggregatorCalls.DescribeConfigurationAggregators.label}: ${code}: ${message})`, 'run from the aggregator\'s account, in its region (AWS_REGION)');
  }
}

async function sourceStatuses(client: ConfigServiceClient, name: string): Promise<AggregatedSourceStatus[]> {
  const statuses: AggregatedSourceStatus[] = [];
  let token: string | undefined;
  try {
    do {
      const page = await client.send(new DescribeConfigurationAggregatorSourcesStatusCommand({ ConfigurationAggregatorName: name, ...(token === undefined ? {} : { NextToken: token }) }));
      for (const status of page.AggregatedSourceStatusList ?? []) statuses.push(status);
      token = page.NextToken;
    } while (token !== undefined && token !== '');
    return statuses;
  } catch (error) {
    const { code, message } = describeError(error);
    throw fail(`cannot read the aggregator's source status (${aggregatorCalls.DescribeConfigurationAggregatorSourcesStatus.label}: ${code}: ${message})`);
  }
}

/** Whether the aggregator's filters let a type through. */
function aggregatesType(aggregator: ConfigurationAggregator, configType: string): boolean {
  const filter = aggregator.AggregatorFilters?.ResourceType;
  if (filter?.Value === undefined || filter.Value.length === 0) return true;
  return filter.Type === 'INCLUDE' ? filter.Value.includes(configType) : true;
}

type SourceVerdict = { readonly status: 'complete' } | { readonly status: 'partial' | 'failed'; readonly reason: string };

/** What the aggregator says of one account and region: a per-account source, else the organization's source in that region. */
function sourceVerdict(statuses: readonly AggregatedSourceStatus[], account: string, region: string): SourceVerdict {
  const own = statuses.find((s) => s.SourceType === 'ACCOUNT' && s.SourceId === account && s.AwsRegion === region)
    ?? statuses.find((s) => s.SourceType === 'ORGANIZATION' && s.AwsRegion === region);
  if (own === undefined) return { status: 'failed', reason: `the aggregator has no source status for ${account}/${region}` };
  if (own.LastUpdateStatus === 'SUCCEEDED') return { status: 'complete' };
  if (own.LastUpdateStatus === 'OUTDATED') return { status: 'partial', reason: `the aggregator's copy of ${account}/${region} is outdated (last updated ${own.LastUpdateTime?.toISOString() ?? 'never'})` };
  return { status: 'failed', reason: `aggregation from ${account}/${region} failed: ${own.LastErrorCode ?? 'unknown error'}: ${own.LastErrorMessage ?? ''}`.trim() };
}

export async function collectFromAggregator(options: AggregatorOptions): Promise<{ snapshot: Snapshot; calls: number }> {
  const client = options.clients.get(ConfigServiceClient, options.region);
  const aggregator = await describeAggregator(client, options.aggregator);
  const statuses = await sourceStatuses(client, options.aggregator);
  const inScope = (account: string, region: string): boolean => (options.accounts === undefined || options.accounts.includes(account)) && (options.regions === undefined || options.regions.includes(region));
  // A global type is recorded in the partition's home region only, where the API collector reads it too, whatever regions the scan names.
  const home = homeRegion(options.partition);
  const recordedHere = (mapper: ConfigMapper, account: string, region: string): boolean => (mapper.scope === 'global'
    ? (options.accounts === undefined || options.accounts.includes(account)) && (region === home || region === GLOBAL_REGION)
    : inScope(account, region));
  const regionOf = (mapper: ConfigMapper, item: ConfigurationItem): string => (mapper.scope === 'global' ? GLOBAL_REGION : item.awsRegion);

  const resources: Resource[] = [];
  const errors: CollectionError[] = [];
  const seen = new Set<string>();
  const typeFailures = new Map<string, { code: string; message: string; partial: boolean }>();
  // One query per type, the types side by side: each is a sequence of pages.
  await Promise.all(options.mappers.map(async (mapper) => {
    if (!aggregatesType(aggregator, mapper.configType)) {
      typeFailures.set(mapper.catalogType, { code: 'NotAggregated', message: `the aggregator "${options.aggregator}" filters out ${mapper.configType}`, partial: false });
      return;
    }
    const listing = await readPages(aggregatorCalls.SelectAggregateResourceConfig,
      paginateSelectAggregateResourceConfig({ client, pageSize: 100 }, { ConfigurationAggregatorName: options.aggregator, Expression: selectExpression(mapper.configType) }), (page) => page.Results);
    if (listing.failure !== undefined) {
      typeFailures.set(mapper.catalogType, { code: listing.failure.code, message: `${listing.failure.code} on ${aggregatorCalls.SelectAggregateResourceConfig.label}: ${listing.failure.message}`, partial: listing.items.length > 0 });
      errors.push({ service: 'config', operation: 'SelectAggregateResourceConfig', account: options.account, region: options.region, type: mapper.catalogType, code: listing.failure.code, message: listing.failure.message });
    }
    const items: ConfigurationItem[] = [];
    const lacking: ConfigurationItem[] = [];
    for (const result of listing.items) {
      const parsed = parseItem(result);
      if (parsed.kind !== 'item' || !recordedHere(mapper, parsed.item.accountId, parsed.item.awsRegion)) continue;
      seen.add(`${parsed.item.accountId}/${mapper.scope === 'global' ? home : parsed.item.awsRegion}`);
      (parsed.item.configuration === undefined ? lacking : items).push(parsed.item);
    }
    for (let start = 0; start < lacking.length; start += BATCH_KEYS) {
      const chunk = lacking.slice(start, start + BATCH_KEYS);
      try {
        const answer = await client.send(new BatchGetAggregateResourceConfigCommand({
          ConfigurationAggregatorName: options.aggregator,
          // The query matched on our own type name, so the answer's type is one Config knows.
          ResourceIdentifiers: chunk.map((i) => ({ SourceAccountId: i.accountId, SourceRegion: i.awsRegion, ResourceId: i.resourceId, ResourceType: i.resourceType as ResourceType })),
        }));
        const byKey = new Map((answer.BaseConfigurationItems ?? []).map((b) => [`${b.accountId ?? ''}/${b.awsRegion ?? ''}/${b.resourceId ?? ''}`, b]));
        for (const item of chunk) {
          const base = byKey.get(`${item.accountId}/${item.awsRegion}/${item.resourceId}`);
          const configuration = configurationOf(base?.configuration);
          if (configuration !== undefined) items.push({ ...item, configuration });
          else typeFailures.set(`${mapper.catalogType}|${item.accountId}|${regionOf(mapper, item)}`, { code: 'IncompleteConfigurationItem', message: `${item.resourceId} could not be read with its configuration`, partial: true });
        }
      } catch (error) {
        const { code, message } = describeError(error);
        for (const item of chunk) typeFailures.set(`${mapper.catalogType}|${item.accountId}|${regionOf(mapper, item)}`, { code, message: `${code} on ${aggregatorCalls.BatchGetAggregateResourceConfig.label}: ${message}`, partial: true });
      }
    }
    for (const item of items) {
      if (mapper.omits?.(item) === true) continue;
      const place = { partition: options.partition, region: mapper.scope === 'global' ? home : item.awsRegion, account: item.accountId };
      const mapping = mapper.map(item, place);
      const draft = new ResourceDraft<Record<string, unknown>>({ ...mapping.envelope, account: item.accountId, region: regionOf(mapper, item), tags: mapping.envelope.tags }).setAll(mapping.fields);
      for (const missing of mapping.unreadable ?? []) draft.fail(missing.path, notInItem(missing.reason, aggregatorCalls.SelectAggregateResourceConfig.label));
      resources.push(draft.build());
    }
  }));

  // The scope: the aggregator's account sources, or (for an organization) every account it answered for.
  const accountSources = (aggregator.AccountAggregationSources ?? []).flatMap((s) => s.AccountIds ?? []);
  const statusAccounts = statuses.filter((s) => s.SourceType === 'ACCOUNT').map((s) => s.SourceId ?? '');
  const accounts = [...new Set([...accountSources, ...statusAccounts, ...[...seen].map((k) => k.split('/')[0] ?? ''), ...(options.accounts ?? [])])]
    .filter((a) => /^\d{12}$/.test(a) && (options.accounts === undefined || options.accounts.includes(a))).sort();
  const regions = [...new Set([...statuses.map((s) => s.AwsRegion ?? ''), ...[...seen].map((k) => k.split('/')[1] ?? '')])]
    .filter((r) => r !== '' && (options.regions === undefined || options.regions.includes(r))).sort();
  if (accounts.length === 0) throw fail(`the aggregator "${options.aggregator}" holds no account${options.accounts === undefined ? '' : ' among those named'}`);

  const coverage: CoverageEntry[] = [];
  const covered = (mapper: ConfigMapper, account: string, region: string, source: SourceVerdict): CoverageEntry => {
    const failure = typeFailures.get(mapper.catalogType) ?? typeFailures.get(`${mapper.catalogType}|${account}|${region}`);
    if (failure !== undefined) return { type: mapper.catalogType, account, region, status: failure.partial ? 'partial' : 'failed', reason: failure.message };
    return source.status === 'complete' ? { type: mapper.catalogType, account, region, status: 'complete' } : { type: mapper.catalogType, account, region, status: source.status, reason: source.reason };
  };
  for (const account of accounts) {
    // Global types: what the aggregator says of the home region, where Config records them.
    for (const mapper of options.mappers) if (mapper.scope === 'global') coverage.push(covered(mapper, account, GLOBAL_REGION, sourceVerdict(statuses, account, home)));
    for (const region of regions) {
      const source = sourceVerdict(statuses, account, region);
      for (const mapper of options.mappers) {
        if (mapper.scope === 'global') continue;
        coverage.push(covered(mapper, account, region, source));
      }
    }
    for (const collector of options.uncovered) {
      for (const region of collector.scope === 'global' ? [GLOBAL_REGION] : regions) {
        coverage.push({ type: collector.type, account, region, status: 'failed', reason: `not read from the Config aggregator: AWS Config does not hold ${collector.type} fully; collect it with --source api` });
      }
    }
  }
  return {
    calls: options.clients.totalCalls(),
    snapshot: {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      generator: { ...options.generator },
      collectedAt: options.now().toISOString(),
      scope: { partition: options.partition, accounts, regions },
      resources,
      coverage,
      errors,
    },
  };
}
