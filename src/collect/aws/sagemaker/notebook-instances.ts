/**
 * aws.sagemaker.notebook-instance: the notebook instances of the region.
 * ListNotebookInstances names them; DescribeNotebookInstance answers each
 * one's network placement, root access and platform, recorded on every
 * field it fills when it fails. SageMaker answers a name it no longer
 * knows with ValidationException, a code it also gives other faults, so a
 * failed describe stays a failure on the resource, never a resource left out.
 */
import { DescribeNotebookInstanceCommand, paginateListNotebookInstances, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { NOTEBOOK_FIELDS, notebookInstanceFields } from './map.js';

export const notebookCalls = callTable('SageMaker', 'sagemaker', {
  ListNotebookInstances: { iam: 'sagemaker:ListNotebookInstances', fills: ['name'] },
  DescribeNotebookInstance: { iam: 'sagemaker:DescribeNotebookInstance', fills: [...NOTEBOOK_FIELDS] },
});

export const sagemakerNotebookInstances = defineCollector({
  type: 'aws.sagemaker.notebook-instance',
  scope: 'regional',
  calls: [notebookCalls],
  async collect(ctx) {
    const sagemaker = ctx.clients.get(SageMakerClient, ctx.region);
    const listed = await listResources(ctx, notebookCalls.ListNotebookInstances, () => paginateListNotebookInstances({ client: sagemaker, pageSize: 100 }, {}), (page) => page.NotebookInstances);
    await inWindow(listed, async (summary) => {
      const name = listedId(ctx, summary.NotebookInstanceName, notebookCalls.ListNotebookInstances, 'a notebook instance', 'its name');
      if (name === undefined) return;
      const described = await ctx.call(notebookCalls.DescribeNotebookInstance, () => sagemaker.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: name })));
      const arn = described.kind === 'ok' ? described.value.NotebookInstanceArn : summary.NotebookInstanceArn;
      const draft = ctx.draft({ type: 'aws.sagemaker.notebook-instance', id: name, ...(arn === undefined || arn === '' ? {} : { arn }) }).set('name', name);
      if (described.kind === 'ok') setFields(draft, notebookInstanceFields(described.value), notebookCalls.DescribeNotebookInstance.label);
      else draft.fields(NOTEBOOK_FIELDS, described, () => ({}));
      ctx.emit(draft.build());
    });
  },
});
