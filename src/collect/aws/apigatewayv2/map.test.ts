import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { apiFields, childArn, routeFields, stageFields } from './map.js';

describe('apigatewayv2 mapping', () => {
  it('gives stages and routes API Gateway\'s ARNs', () => {
    expect(childArn('aws', 'eu-west-1', 'h1', 'routes', 'r1')).toBe('arn:aws:apigateway:eu-west-1::/apis/h1/routes/r1');
  });

  it('reads an API without its protocol as unreadable, never as HTTP', () => {
    expect(readFields(apiFields({ ApiId: 'h1', Name: 'n', ProtocolType: undefined, RouteSelectionExpression: undefined })).unreadable.map((u) => u.path)).toEqual(['protocolType']);
  });

  it('reads logging levels AWS leaves out as not set, route settings sorted by key', () => {
    expect(readFields(stageFields({ StageName: 's', RouteSettings: { b: { LoggingLevel: 'OFF' }, a: {} } })).fields).toEqual({
      stageName: 's', defaultLoggingLevel: null, routeSettings: [{ routeKey: 'a', loggingLevel: null }, { routeKey: 'b', loggingLevel: 'OFF' }], accessLogSettings: null,
    });
  });

  it('reads a route without an authorization type as NONE, its default', () => {
    expect(readFields(routeFields({ RouteId: 'r', RouteKey: '$default' })).fields).toEqual({ routeId: 'r', routeKey: '$default', authorizationType: 'NONE', authorizerId: null });
    expect(readFields(routeFields({ RouteId: 'r', RouteKey: 'k', AuthorizationType: 'MAGIC' as never })).unreadable.map((u) => u.path)).toEqual(['authorizationType']);
  });
});
