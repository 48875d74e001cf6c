/**
 * aws.sagemaker.endpoint-config: the endpoint configurations of the region.
 * ListEndpointConfigs names them; DescribeEndpointConfig answers each one's
 * production variants, recorded on every field it fills when it fails (a
 * configuration deleted after the listing answers ValidationException,
 * which SageMaker also gives other faults, so it stays a failure).
 */
import { DescribeEndpointConfigCommand, paginateListEndpointConfigs, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { ENDPOINT_CONFIG_FIELDS, endpointConfigFields } from './map.js';

export const endpointConfigCalls = callTable('SageMaker', 'sagemaker', {
  ListEndpointConfigs: { iam: 'sagemaker:ListEndpointConfigs', fills: ['name'] },
  DescribeEndpointConfig: { iam: 'sagemaker:DescribeEndpointConfig', fills: [...ENDPOINT_CONFIG_FIELDS] },
});

export const sagemakerEndpointConfigs = defineCollector({
  type: 'aws.sagemaker.endpoint-config',
  scope: 'regional',
  calls: [endpointConfigCalls],
  async collect(ctx) {
    const sagemaker = ctx.clients.get(SageMakerClient, ctx.region);
    const listed = await listResources(ctx, endpointConfigCalls.ListEndpointConfigs, () => paginateListEndpointConfigs({ client: sagemaker, pageSize: 100 }, {}), (page) => page.EndpointConfigs);
    await inWindow(listed, async (summary) => {
      const name = listedId(ctx, summary.EndpointConfigName, endpointConfigCalls.ListEndpointConfigs, 'an endpoint configuration', 'its name');
      if (name === undefined) return;
      const described = await ctx.call(endpointConfigCalls.DescribeEndpointConfig, () => sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name })));
      const arn = described.kind === 'ok' ? described.value.EndpointConfigArn : summary.EndpointConfigArn;
      const draft = ctx.draft({ type: 'aws.sagemaker.endpoint-config', id: name, ...(arn === undefined || arn === '' ? {} : { arn }) }).set('name', name);
      if (described.kind === 'ok') setFields(draft, endpointConfigFields(described.value), endpointConfigCalls.DescribeEndpointConfig.label);
      else draft.fields(ENDPOINT_CONFIG_FIELDS, described, () => ({}));
      ctx.emit(draft.build());
    });
  },
});
