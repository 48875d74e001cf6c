/**
 * aws.cloudfront.distribution: every distribution of the account.
 * CloudFront is global (its API is in the partition's home region).
 * ListDistributions names them (paged by Marker); GetDistributionConfig
 * answers each one's full configuration, which every field but the id and
 * domain name is read from: the listing's summary is never judged. A
 * distribution deleted between the two calls (NoSuchDistribution) is not
 * emitted; any other failure fails the fields the read fills.
 */
import { CloudFrontClient, GetDistributionConfigCommand, paginateListDistributions } from '@aws-sdk/client-cloudfront';
import { INCOMPLETE, setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { distributionConfigFields, GET_DISTRIBUTION_CONFIG_FIELDS } from './map.js';

export const distributionCalls = callTable('CloudFront', 'cloudfront', {
  ListDistributions: { iam: 'cloudfront:ListDistributions', fills: ['distributionId', 'domainName'] },
  GetDistributionConfig: { iam: 'cloudfront:GetDistributionConfig', absentOn: ['NoSuchDistribution'], fills: [...GET_DISTRIBUTION_CONFIG_FIELDS] },
});

export const cloudfrontDistributions = defineCollector({
  type: 'aws.cloudfront.distribution',
  scope: 'global',
  calls: [distributionCalls],
  async collect(ctx) {
    const cloudfront = ctx.clients.get(CloudFrontClient, ctx.region);
    const listed = await listResources(ctx, distributionCalls.ListDistributions, () => paginateListDistributions({ client: cloudfront }, {}), (page) => page.DistributionList?.Items ?? (page.DistributionList?.Quantity === 0 ? [] : undefined));
    await inWindow(listed, async (summary) => {
      const id = listedId(ctx, summary.Id, distributionCalls.ListDistributions, 'a distribution', 'Id');
      if (id === undefined) return;
      const call = distributionCalls.GetDistributionConfig;
      const answer = await ctx.call(call, () => cloudfront.send(new GetDistributionConfigCommand({ Id: id })));
      // Deleted after the listing: nothing left to judge.
      if (answer.kind === 'absent') return;
      const draft = ctx.draft({ type: 'aws.cloudfront.distribution', id, ...(summary.ARN === undefined ? {} : { arn: summary.ARN }) })
        .set('distributionId', id);
      if (summary.DomainName === undefined || summary.DomainName === '') draft.fail('domainName', { code: INCOMPLETE, message: 'ListDistributions answered the distribution without DomainName', operation: distributionCalls.ListDistributions.label });
      else draft.set('domainName', summary.DomainName);
      if (answer.kind === 'ok' && answer.value.DistributionConfig !== undefined) setFields(draft, distributionConfigFields(answer.value.DistributionConfig), call.label);
      else {
        const failure = answer.kind === 'failed' ? answer.failure : { code: INCOMPLETE, message: 'GetDistributionConfig answered no DistributionConfig', operation: call.label };
        for (const path of GET_DISTRIBUTION_CONFIG_FIELDS) draft.fail(path, failure);
      }
      ctx.emit(draft.build());
    });
  },
});
