/** aws.apigatewayv2.route: the routes of every HTTP and WebSocket API of the region (apis.ts lists them). */
import { GetRoutesCommand } from '@aws-sdk/client-apigatewayv2';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listedId } from '../../listing.js';
import { apiChildren } from './apis.js';
import { apiFields, childArn, childId, routeFields } from './map.js';

export const v2RouteCalls = callTable('ApiGatewayV2', 'apigateway', {
  // API Gateway's IAM actions are the HTTP verbs on its resource paths: every read is apigateway:GET.
  GetApis: { iam: 'apigateway:GET', fills: ['apiId', 'apiName', 'protocolType'] },
  GetRoutes: { iam: 'apigateway:GET', absentOn: ['NotFoundException'], fills: ['routeId', 'routeKey', 'authorizationType', 'authorizerId'] },
});

export const apigatewayv2Routes = defineCollector({
  type: 'aws.apigatewayv2.route',
  scope: 'regional',
  calls: [v2RouteCalls],
  async collect(ctx) {
    const apis = await apiChildren(ctx, v2RouteCalls.GetApis, v2RouteCalls.GetRoutes,
      (client, ApiId, NextToken) => client.send(new GetRoutesCommand({ ApiId, NextToken })), (page) => page.Items);
    for (const { api, items } of apis) {
      for (const route of items) {
        const id = listedId(ctx, route.RouteId, v2RouteCalls.GetRoutes, 'a route', 'RouteId');
        if (id === undefined) continue;
        const draft = ctx.draft({ type: 'aws.apigatewayv2.route', id: childId(api.ApiId, id), arn: childArn(ctx.partition, ctx.region, api.ApiId, 'routes', id) });
        setFields(draft, apiFields(api), v2RouteCalls.GetApis.label);
        setFields(draft, routeFields(route), v2RouteCalls.GetRoutes.label);
        ctx.emit(draft.build());
      }
    }
  },
});
