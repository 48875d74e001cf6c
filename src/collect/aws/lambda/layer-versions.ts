/**
 * aws.lambda.layer-version: the latest version of each layer of the region,
 * as ListLayers answers it (LatestMatchingVersion, with no runtime or
 * architecture filter), with that version's resource-based policy. Only the
 * latest version is read: it is the one new functions are pointed at, and
 * reading every version would be one policy call per version ever
 * published. GetLayerVersionPolicy answering ResourceNotFoundException is
 * "no policy" (a version deleted between listing and reading answers the
 * same, and then reads as having none). Layers carry no tags here.
 */
import { GetLayerVersionPolicyCommand, LambdaClient, paginateListLayers } from '@aws-sdk/client-lambda';
import { setField, setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { layerPolicy, layerVersionFields } from './map.js';

export const layerVersionCalls = callTable('Lambda', 'lambda', {
  ListLayers: { iam: 'lambda:ListLayers', fills: ['layerName', 'version', 'layerVersionArn', 'compatibleRuntimes'] },
  // ResourceNotFoundException: the layer version has no resource-based policy.
  GetLayerVersionPolicy: { iam: 'lambda:GetLayerVersionPolicy', absentOn: ['ResourceNotFoundException'], fills: ['policy'] },
});

export const lambdaLayerVersions = defineCollector({
  type: 'aws.lambda.layer-version',
  scope: 'regional',
  calls: [layerVersionCalls],
  async collect(ctx) {
    const lambda = ctx.clients.get(LambdaClient, ctx.region);
    const layers = await listResources(ctx, layerVersionCalls.ListLayers, () => paginateListLayers({ client: lambda }, {}), (page) => page.Layers);
    await inWindow(layers, async (layer) => {
      const name = listedId(ctx, layer.LayerName, layerVersionCalls.ListLayers, 'a layer', 'LayerName');
      if (name === undefined) return;
      // Without its latest version number the layer names no version to read or to identify.
      const version = layer.LatestMatchingVersion?.Version;
      if (listedId(ctx, version?.toString(), layerVersionCalls.ListLayers, `layer ${name}`, 'LatestMatchingVersion.Version') === undefined || version === undefined) return;
      const policy = await ctx.call(layerVersionCalls.GetLayerVersionPolicy, () => lambda.send(new GetLayerVersionPolicyCommand({ LayerName: name, VersionNumber: version })));
      const arn = layer.LatestMatchingVersion?.LayerVersionArn;
      const draft = ctx.draft({ type: 'aws.lambda.layer-version', id: `${name}:${version}`, ...(arn === undefined || arn === '' ? {} : { arn }) });
      setFields(draft, layerVersionFields(layer), layerVersionCalls.ListLayers.label);
      setField(draft, 'policy', policy, layerPolicy, layerVersionCalls.GetLayerVersionPolicy.label);
      ctx.emit(draft.build());
    });
  },
});
