/** aws.apigatewayv2.stage: the stages of every HTTP and WebSocket API of the region (apis.ts lists them). */
import { GetStagesCommand } from '@aws-sdk/client-apigatewayv2';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listedId } from '../../listing.js';
import { apiChildren } from './apis.js';
import { apiFields, childArn, childId, stageFields } from './map.js';

export const v2StageCalls = callTable('ApiGatewayV2', 'apigateway', {
  // API Gateway's IAM actions are the HTTP verbs on its resource paths: every read is apigateway:GET.
  GetApis: { iam: 'apigateway:GET', fills: ['apiId', 'apiName', 'protocolType'] },
  GetStages: { iam: 'apigateway:GET', absentOn: ['NotFoundException'], fills: ['stageName', 'defaultLoggingLevel', 'routeSettings', 'accessLogSettings'] },
});

export const apigatewayv2Stages = defineCollector({
  type: 'aws.apigatewayv2.stage',
  scope: 'regional',
  calls: [v2StageCalls],
  async collect(ctx) {
    const apis = await apiChildren(ctx, v2StageCalls.GetApis, v2StageCalls.GetStages,
      (client, ApiId, NextToken) => client.send(new GetStagesCommand({ ApiId, NextToken })), (page) => page.Items);
    for (const { api, items } of apis) {
      for (const stage of items) {
        const name = listedId(ctx, stage.StageName, v2StageCalls.GetStages, 'a stage', 'StageName');
        if (name === undefined) continue;
        const draft = ctx.draft({ type: 'aws.apigatewayv2.stage', id: childId(api.ApiId, name), arn: childArn(ctx.partition, ctx.region, api.ApiId, 'stages', name), tags: { ...stage.Tags } });
        setFields(draft, apiFields(api), v2StageCalls.GetApis.label);
        setFields(draft, stageFields(stage), v2StageCalls.GetStages.label);
        ctx.emit(draft.build());
      }
    }
  },
});
