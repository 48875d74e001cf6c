/**
 * aws.opensearch.domain: the OpenSearch Service domains of the region, of
 * both engines. ListDomainNames names them (it has no pages, and without an
 * EngineType it lists OpenSearch and Elasticsearch domains alike);
 * DescribeDomains describes five at a time; ListTags answers each domain's
 * tags. A failed DescribeDomains fails every field it fills on each domain
 * of its batch, and a domain its answer leaves out is unknown the same way,
 * never dropped: a domain cannot be told deleted from answered incompletely.
 */
import { DescribeDomainsCommand, ListDomainNamesCommand, ListTagsCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { INCOMPLETE, setFields, tagMap, UnreadableAnswer } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import type { CallFailure } from '../../failure.js';
import { listResources, listedId } from '../../listing.js';
import { batchesOf, inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { DESCRIBE_BATCH, DESCRIBED_FIELDS, describedFields, domainIn, LISTED_FIELDS, listedFields } from './map.js';
import type { DomainInfo, DomainStatus } from '@aws-sdk/client-opensearch';

export const domainCalls = callTable('OpenSearch', 'es', {
  ListDomainNames: { iam: 'es:ListDomainNames', fills: [...LISTED_FIELDS] },
  DescribeDomains: { iam: 'es:DescribeDomains', fills: [...DESCRIBED_FIELDS] },
  ListTags: { iam: 'es:ListTags' },
});

interface Listed {
  readonly name: string;
  readonly info: DomainInfo;
}

/** The domain's status in the batch's answer, or why there is none. */
function statusOf(list: readonly DomainStatus[] | undefined, name: string): DomainStatus | CallFailure {
  const operation = domainCalls.DescribeDomains.label;
  if (list === undefined) return { code: INCOMPLETE, message: 'a DescribeDomains answer has no DomainStatusList', operation };
  try {
    return domainIn(list, name) ?? { code: INCOMPLETE, message: `DescribeDomains answered nothing for the domain ${name}`, operation };
  } catch (error) {
    if (error instanceof UnreadableAnswer) return { code: error.code, message: error.message, operation };
    throw error;
  }
}

export const opensearchDomains = defineCollector({
  type: 'aws.opensearch.domain',
  scope: 'regional',
  calls: [domainCalls],
  async collect(ctx) {
    const opensearch = ctx.clients.get(OpenSearchClient, ctx.region);
    async function* onePage() {
      yield await opensearch.send(new ListDomainNamesCommand({}));
    }
    const infos = await listResources(ctx, domainCalls.ListDomainNames, onePage, (page) => page.DomainNames);
    const listed: Listed[] = [];
    for (const info of infos) {
      const name = listedId(ctx, info.DomainName, domainCalls.ListDomainNames, 'a domain', 'DomainName');
      if (name !== undefined) listed.push({ name, info });
    }
    const arnOf = (name: string): string => `arn:${ctx.partition}:es:${ctx.region}:${ctx.account}:domain/${name}`;
    await inWindow(batchesOf(listed, DESCRIBE_BATCH), async (batch) => {
      const [described, ...tagged] = await Promise.all([
        ctx.call(domainCalls.DescribeDomains, () => opensearch.send(new DescribeDomainsCommand({ DomainNames: batch.map((d) => d.name) }))),
        ...batch.map(({ name }) => ctx.call(domainCalls.ListTags, () => opensearch.send(new ListTagsCommand({ ARN: arnOf(name) })))),
      ]);
      for (const [i, { name, info }] of batch.entries()) {
        const tags = tagged[i];
        const draft = ctx.draft({ type: 'aws.opensearch.domain', id: name, arn: arnOf(name), tags: tags?.kind === 'ok' ? tagMap(tags.value.TagList) : {} });
        // Unreadable tags are named on the domain, so policies reading $tags yield ERROR, never "untagged".
        if (tags === undefined || tags.kind !== 'ok') draft.fail(TAGS_ERROR_PATH, tags?.kind === 'failed' ? tags.failure : { code: INCOMPLETE, message: 'ListTags gave no answer', operation: domainCalls.ListTags.label });
        setFields(draft, listedFields(info), domainCalls.ListDomainNames.label);
        const status = described.kind === 'ok' ? statusOf(described.value.DomainStatusList, name) : described.kind === 'failed' ? described.failure : { code: INCOMPLETE, message: 'DescribeDomains gave no answer', operation: domainCalls.DescribeDomains.label };
        if ('code' in status) for (const path of DESCRIBED_FIELDS) draft.fail(path, status);
        else setFields(draft, describedFields(status), domainCalls.DescribeDomains.label);
        ctx.emit(draft.build());
      }
    });
  },
});
