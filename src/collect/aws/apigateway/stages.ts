/**
 * aws.apigateway.stage: the stages of every REST API of the region.
 * GetRestApis names the APIs (paginated by position), GetStages answers all
 * of one API's stages at once with their settings. An API whose stages
 * could not be read makes the type's coverage partial (failed when none
 * could), so its stages are unknown, never "no stages"; an API deleted
 * while it is read (NotFoundException) has none.
 */
import { APIGatewayClient, GetStagesCommand, paginateGetRestApis, type GetStagesCommandOutput, type RestApi, type Stage } from '@aws-sdk/client-api-gateway';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId, readPages, type Listing } from '../../listing.js';
import { inWindow } from '../../window.js';
import { restApiFields, stageArn, stageFields, stageId } from './map.js';

export const stageCalls = callTable('APIGateway', 'apigateway', {
  // API Gateway's IAM actions are the HTTP verbs on its resource paths: every read is apigateway:GET.
  GetRestApis: { iam: 'apigateway:GET', fills: ['restApiId', 'restApiName'] },
  GetStages: { iam: 'apigateway:GET', absentOn: ['NotFoundException'], fills: ['stageName', 'methodSettings', 'cacheClusterEnabled', 'tracingEnabled', 'clientCertificateId', 'webAclArn', 'accessLogSettings'] },
});

/** GetStages is one answer, not pages: read as a listing of one page, so a failure is the listing's. */
async function* onePage(send: () => Promise<GetStagesCommandOutput>): AsyncGenerator<GetStagesCommandOutput> {
  yield await send();
}

export const apigatewayStages = defineCollector({
  type: 'aws.apigateway.stage',
  scope: 'regional',
  calls: [stageCalls],
  async collect(ctx) {
    const apigateway = ctx.clients.get(APIGatewayClient, ctx.region);
    const apis = await listResources(ctx, stageCalls.GetRestApis, () => paginateGetRestApis({ client: apigateway, pageSize: 500 }, {}), (page) => page.items);
    const listed = apis.flatMap((api) => (listedId(ctx, api.id, stageCalls.GetRestApis, 'a REST API', 'id') === undefined ? [] : [api]));
    const listings = await inWindow(listed, (api): Promise<Listing<Stage>> =>
      readPages(stageCalls.GetStages, onePage(() => apigateway.send(new GetStagesCommand({ restApiId: api.id }))), (page) => page.item));
    // An API deleted since it was listed has no stages; any other failure leaves its stages unknown.
    const failures = listings.flatMap((listing) => (listing.failure === undefined || stageCalls.GetStages.absentOn.includes(listing.failure.code) ? [] : [listing.failure]));
    const someListed = listings.some((listing) => listing.failure === undefined);
    for (const failure of failures) ctx.listingFailed(failure, someListed);
    listed.forEach((api: RestApi, i) => {
      for (const stage of listings[i]?.items ?? []) {
        const name = listedId(ctx, stage.stageName, stageCalls.GetStages, 'a stage', 'stageName');
        if (name === undefined || api.id === undefined) continue;
        const draft = ctx.draft({ type: 'aws.apigateway.stage', id: stageId(api.id, name), arn: stageArn(ctx.partition, ctx.region, api.id, name), tags: { ...stage.tags } });
        setFields(draft, restApiFields(api), stageCalls.GetRestApis.label);
        setFields(draft, stageFields(stage), stageCalls.GetStages.label);
        ctx.emit(draft.build());
      }
    });
  },
});
