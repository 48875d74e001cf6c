import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { accessLogSettings, methodSettings, stageArn, stageFields, stageId } from './map.js';

describe('apigateway mapping', () => {
  it('names a stage by its API and name, and gives it API Gateway\'s ARN', () => {
    expect(stageId('a1', 'prod')).toBe('a1/prod');
    expect(stageArn('aws-us-gov', 'us-gov-west-1', 'a1', 'prod')).toBe('arn:aws-us-gov:apigateway:us-gov-west-1::/restapis/a1/stages/prod');
  });

  it('keeps every method setting, sorted by path, and reads booleans AWS leaves out as their model default false', () => {
    const read = methodSettings({ '~1b/GET': { loggingLevel: 'OFF', cachingEnabled: true }, '*/*': { loggingLevel: 'INFO', cachingEnabled: true, cacheDataEncrypted: true } });
    expect(read.value).toEqual([
      { methodPath: '*/*', loggingLevel: 'INFO', cachingEnabled: true, cacheDataEncrypted: true },
      { methodPath: '~1b/GET', loggingLevel: 'OFF', cachingEnabled: true, cacheDataEncrypted: false },
    ]);
    expect(read.gaps).toEqual([]);
    expect(methodSettings(undefined).value).toEqual([]);
  });

  it('fails a method setting whose logging level is missing or unknown at its index, never reading it as off', () => {
    const read = methodSettings({ '*/*': { cachingEnabled: false }, 'x/GET': { loggingLevel: 'VERBOSE' } });
    expect(read.gaps.map((g) => g.at)).toEqual(['[0]', '[1]']);
  });

  it('reads access logging without a destination as off, and a stage without its name as unreadable', () => {
    expect(accessLogSettings({})).toBeNull();
    expect(accessLogSettings({ destinationArn: 'arn:aws:logs:us-east-1:123456789012:log-group:x' })).toEqual({ destinationArn: 'arn:aws:logs:us-east-1:123456789012:log-group:x', format: null });
    expect(readFields(stageFields({})).unreadable.map((u) => u.path)).toEqual(['stageName']);
    expect(readFields(stageFields({ stageName: 'p' })).fields).toEqual({
      stageName: 'p', methodSettings: [], cacheClusterEnabled: false, tracingEnabled: false, clientCertificateId: null, webAclArn: null, accessLogSettings: null,
    });
  });
});
