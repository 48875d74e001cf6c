import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { attributeFields, listeners } from './map.js';

const attrs = (values: Record<string, string>) => Object.entries(values).map(([Key, Value]) => ({ Key, Value }));
const all = {
  'deletion_protection.enabled': 'true', 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'logs', 'access_logs.s3.prefix': '',
  'routing.http.drop_invalid_header_fields.enabled': 'true', 'routing.http.desync_mitigation_mode': 'strictest',
};

describe('elbv2 attribute mapping', () => {
  it('reads every key an application load balancer has', () => {
    expect(readFields(attributeFields('application', attrs(all)))).toEqual({
      fields: { deletionProtection: true, accessLogsEnabled: true, accessLogsBucket: 'logs', accessLogsPrefix: null, dropInvalidHeaderFields: true, desyncMitigationMode: 'strictest' },
      unreadable: [],
    });
  });

  it('answers null for keys that do not belong to the type, whatever AWS sent', () => {
    expect(readFields(attributeFields('gateway', attrs(all))).fields).toEqual({
      deletionProtection: true, accessLogsEnabled: null, accessLogsBucket: null, accessLogsPrefix: null, dropInvalidHeaderFields: null, desyncMitigationMode: null,
    });
    expect(readFields(attributeFields('network', attrs(all))).fields).toMatchObject({ accessLogsEnabled: true, dropInvalidHeaderFields: null, desyncMitigationMode: null });
  });

  it('names a key the type has but AWS left out, and a value it cannot read, never defaulting either', () => {
    const { unreadable } = readFields(attributeFields('application', attrs({ ...all, 'deletion_protection.enabled': 'yes', 'routing.http.desync_mitigation_mode': 'lenient' })
      .filter((a) => a.Key !== 'access_logs.s3.enabled')));
    expect(unreadable.map((u) => [u.path, u.code])).toEqual([['deletionProtection', 'IncompleteResponse'], ['accessLogsEnabled', 'IncompleteResponse'], ['desyncMitigationMode', 'IncompleteResponse']]);
    expect(readFields(attributeFields('network', undefined)).unreadable.map((u) => u.path)).toEqual(['deletionProtection', 'accessLogsEnabled', 'accessLogsBucket', 'accessLogsPrefix']);
  });
});

describe('elbv2 listener mapping', () => {
  it('reads a redirect with AWS\'s defaults for a left-out protocol and port, and fails an incomplete listener at its index', () => {
    const mapped = listeners([
      { ListenerArn: 'l-1', Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'redirect', RedirectConfig: { StatusCode: 'HTTP_302' } }] },
      { ListenerArn: 'l-2', Port: 443, Protocol: 'HTTPS', SslPolicy: 'p', Certificates: [{ CertificateArn: 'c' }] },
    ]);
    expect(mapped.value[0]).toEqual({ listenerArn: 'l-1', port: 80, protocol: 'HTTP', sslPolicy: null, certificateArns: [], defaultActions: [{ type: 'redirect', redirectProtocol: '#{protocol}', redirectPort: '#{port}', redirectStatusCode: 'HTTP_302' }] });
    expect(mapped.value[1]).toEqual({});
    expect(mapped.gaps).toEqual([expect.objectContaining({ at: '[1]', code: 'IncompleteResponse' })]);
  });
});
