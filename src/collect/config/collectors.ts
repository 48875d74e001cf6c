/**
 * `--source config` for one account: a collector per mapped type that reads
 * the type from AWS Config's advanced query in each region instead of the
 * service's own APIs (one call per hundred resources instead of several per
 * resource). Each first checks that the region's recorder records the type
 * — otherwise the type's coverage fails with the reason, never an empty
 * "complete" — and an item Config returns without its configuration marks
 * the listing partial. They run inside runCollection like every collector,
 * so coverage, errors, progress and concurrency work the same.
 */
import {
  BatchGetResourceConfigCommand, ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand, paginateSelectResourceConfig,
  type ConfigurationRecorder, type ConfigurationRecorderStatus, type ResourceType,
} from '@aws-sdk/client-config-service';
import { callTable } from '../calls.js';
import type { CollectContext, Fetch } from '../context.js';
import { defineCollector, type Collector } from '../define.js';
import { listResources } from '../listing.js';
import { BATCH_KEYS, configurationOf, documentOf, parseItem, selectExpression, type ConfigurationItem } from './item.js';
import { notInItem, type ConfigMapper } from './mapper.js';
import { recordsType } from './recording.js';

export const configCalls = callTable('ConfigService', 'config', {
  DescribeConfigurationRecorders: { iam: 'config:DescribeConfigurationRecorders' },
  DescribeConfigurationRecorderStatus: { iam: 'config:DescribeConfigurationRecorderStatus' },
  SelectResourceConfig: { iam: 'config:SelectResourceConfig' },
  BatchGetResourceConfig: { iam: 'config:BatchGetResourceConfig' },
});


/**
 * Items the query returned without their configuration, completed from
 * BatchGetResourceConfig (which answers the configuration as a JSON string,
 * without tags or relationships: those stay as the query gave them).
 */
async function completeItems(ctx: CollectContext, client: ConfigServiceClient, items: readonly ConfigurationItem[]): Promise<{ completed: ConfigurationItem[]; missing: number }> {
  const completed: ConfigurationItem[] = [];
  let missing = 0;
  for (let start = 0; start < items.length; start += BATCH_KEYS) {
    const chunk = items.slice(start, start + BATCH_KEYS);
    const answer = await ctx.call(configCalls.BatchGetResourceConfig, () => client.send(new BatchGetResourceConfigCommand({
      resourceKeys: chunk.map((item) => ({ // The query matched on our own type name, so the answer's type is one Config knows.
      resourceType: item.resourceType as ResourceType, resourceId: item.resourceId })),
    })));
    if (answer.kind !== 'ok') {
      missing += chunk.length;
      continue;
    }
    const byId = new Map((answer.value.baseConfigurationItems ?? []).map((base) => [base.resourceId, base]));
    for (const item of chunk) {
      const base = byId.get(item.resourceId);
      const configuration = configurationOf(base?.configuration);
      if (configuration === undefined) {
        missing++;
        continue;
      }
      const supplementary = Object.fromEntries(Object.entries(base?.supplementaryConfiguration ?? {}).map(([k, v]) => [k, documentOf(v)]));
      completed.push({ ...item, configuration, supplementaryConfiguration: { ...item.supplementaryConfiguration, ...supplementary } });
    }
  }
  return { completed, missing };
}

interface RecorderState {
  readonly recorders: Fetch<ConfigurationRecorder[]>;
  readonly statuses: Fetch<ConfigurationRecorderStatus[]>;
}


/** Fresh collectors for one run: they share one look at each account's and region's recorder. */
export function configCollectors(mappers: readonly ConfigMapper[]): Collector[] {
  const recorderStates = new Map<string, Promise<RecorderState>>();
  const recorderState = (ctx: CollectContext, client: ConfigServiceClient): Promise<RecorderState> => {
    // One run may collect many accounts: a recorder is an account's and a region's.
    const key = `${ctx.account}/${ctx.region}`;
    let state = recorderStates.get(key);
    if (state === undefined) {
      state = (async () => ({
        recorders: await ctx.call(configCalls.DescribeConfigurationRecorders, async () => (await client.send(new DescribeConfigurationRecordersCommand({}))).ConfigurationRecorders ?? []),
        statuses: await ctx.call(configCalls.DescribeConfigurationRecorderStatus, async () => (await client.send(new DescribeConfigurationRecorderStatusCommand({}))).ConfigurationRecordersStatus ?? []),
      }))();
      recorderStates.set(key, state);
    }
    return state;
  };

  return mappers.map((mapper) => defineCollector({
    type: mapper.catalogType,
    scope: mapper.scope ?? 'regional',
    calls: [configCalls, ...(mapper.fill?.calls ?? [])],
    async collect(ctx) {
      const client = ctx.clients.get(ConfigServiceClient, ctx.region);
      const state = await recorderState(ctx, client);
      for (const fetch of [state.recorders, state.statuses]) {
        if (fetch.kind === 'failed') {
          ctx.listingFailed(fetch.failure, false);
          return;
        }
      }
      const recording = recordsType(state.recorders.kind === 'ok' ? state.recorders.value : [], state.statuses.kind === 'ok' ? state.statuses.value : [], mapper.configType, ctx.region);
      if (!recording.recorded) {
        ctx.listingFailed({ code: 'NotRecordedByConfig', message: recording.reason, operation: configCalls.DescribeConfigurationRecorders.label }, false);
        return;
      }
      const results = await listResources(ctx, configCalls.SelectResourceConfig, () => paginateSelectResourceConfig({ client, pageSize: 100 }, { Expression: selectExpression(mapper.configType) }), (page) => page.Results);
      const place = { partition: ctx.partition, region: ctx.region, account: ctx.account };
      let incomplete = 0;
      const items: ConfigurationItem[] = [];
      const lacking: ConfigurationItem[] = [];
      for (const result of results) {
        const parsed = parseItem(result);
        if (parsed.kind === 'invalid') incomplete++;
        else if (parsed.kind === 'item') (parsed.item.configuration === undefined ? lacking : items).push(parsed.item);
      }
      if (lacking.length > 0) {
        const { completed, missing } = await completeItems(ctx, client, lacking);
        for (const item of completed) items.push(item);
        incomplete += missing;
      }
      for (const item of items) {
        if (mapper.omits?.(item) === true) continue;
        const mapping = mapper.map(item, place);
        const draft = ctx.draft(mapping.envelope).setAll(mapping.fields);
        for (const missing of mapping.unreadable ?? []) {
          const filled = mapper.fill?.read(ctx, item, missing.path);
          if (filled === undefined) draft.fail(missing.path, notInItem(missing.reason, configCalls.SelectResourceConfig.label));
          else draft.field(missing.path, await filled(), (value) => value);
        }
        ctx.emit(draft.build());
      }
      if (incomplete > 0) {
        ctx.listingFailed({ code: 'IncompleteConfigurationItem', message: `${incomplete} ${mapper.configType} item(s) could not be read with their configuration`, operation: configCalls.BatchGetResourceConfig.label }, true);
      }
    },
  }));
}
