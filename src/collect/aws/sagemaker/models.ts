/**
 * aws.sagemaker.model: the models of the region. ListModels names them;
 * DescribeModel answers each one's network isolation and VPC, recorded on
 * every field it fills when it fails (a model deleted after the listing
 * answers ValidationException, which SageMaker also gives other faults, so
 * it stays a failure). The answer's containers, with their environment
 * variables, are never read.
 */
import { DescribeModelCommand, paginateListModels, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { MODEL_FIELDS, modelFields } from './map.js';

export const modelCalls = callTable('SageMaker', 'sagemaker', {
  ListModels: { iam: 'sagemaker:ListModels', fills: ['name'] },
  DescribeModel: { iam: 'sagemaker:DescribeModel', fills: [...MODEL_FIELDS] },
});

export const sagemakerModels = defineCollector({
  type: 'aws.sagemaker.model',
  scope: 'regional',
  calls: [modelCalls],
  async collect(ctx) {
    const sagemaker = ctx.clients.get(SageMakerClient, ctx.region);
    const listed = await listResources(ctx, modelCalls.ListModels, () => paginateListModels({ client: sagemaker, pageSize: 100 }, {}), (page) => page.Models);
    await inWindow(listed, async (summary) => {
      const name = listedId(ctx, summary.ModelName, modelCalls.ListModels, 'a model', 'its name');
      if (name === undefined) return;
      const described = await ctx.call(modelCalls.DescribeModel, () => sagemaker.send(new DescribeModelCommand({ ModelName: name })));
      const arn = described.kind === 'ok' ? described.value.ModelArn : summary.ModelArn;
      const draft = ctx.draft({ type: 'aws.sagemaker.model', id: name, ...(arn === undefined || arn === '' ? {} : { arn }) }).set('name', name);
      if (described.kind === 'ok') setFields(draft, modelFields(described.value), modelCalls.DescribeModel.label);
      else draft.fields(MODEL_FIELDS, described, () => ({}));
      ctx.emit(draft.build());
    });
  },
});
