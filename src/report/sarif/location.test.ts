import { describe, expect, it } from 'vitest';
import { encodeSegment, resourceLocation, resourceUri, serviceAndType } from './location.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const base = { type: 'aws.s3.bucket', account: '123456789012', region: 'us-east-1' };

describe('resource locations', () => {
  it('splits catalog types into service and type', () => {
    expect(serviceAndType('aws.ec2.security-group')).toEqual(['ec2', 'security-group']);
    expect(serviceAndType('aws.account')).toEqual(['account', 'account']);
    expect(serviceAndType('custom')).toEqual(['custom', 'custom']);
  });

  it.each([
    ['a/b c:d?e#f', 'a%2Fb%20c%3Ad%3Fe%23f'],
    ['arn:aws:s3:::x', 'arn%3Aaws%3As3%3A%3A%3Ax'],
    ['bücket-日本', 'b%C3%BCcket-%E6%97%A5%E6%9C%AC'],
    ['100%', '100%25'],
    ['[x](1)', '%5Bx%5D%281%29'],
    ['', '(empty)'],
    ['.', '(.)'],
    ['..', '(..)'],
    ['*', '%2A'],
    ['a.b_c-d~e', 'a.b_c-d~e'],
  ])('encodes the segment %j as %s', (id, encoded) => {
    expect(encodeSegment(id)).toBe(encoded);
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(encodeSegment('x\uD800y')).toBe('x%EF%BF%BDy');
  });

  it('round-trips ids through decodeURIComponent, so distinct ids get distinct paths', () => {
    for (const id of ['a/b c:d?e#f', 'arn:aws:s3:::x', 'ünï/cødé', '%41', 'x y', '(empty)']) {
      const uri = resourceUri({ ...base, id });
      expect(uri.split('/')).toHaveLength(6);
      expect(decodeURIComponent(uri.split('/')[5] ?? '')).toBe(id);
      expect(uri).not.toMatch(SCHEME);
    }
  });

  it('builds aws/<account>/<region>/<service>/<type>/<id> and puts the ARN in the logical location', () => {
    const location = resourceLocation({ ...base, id: 'app-data', arn: 'arn:aws:s3:::app-data' });
    expect(location.physicalLocation).toEqual({ artifactLocation: { uri: 'aws/123456789012/us-east-1/s3/bucket/app-data' }, region: { startLine: 1 } });
    expect(location.logicalLocations).toEqual([{ name: 'app-data', fullyQualifiedName: 'arn:aws:s3:::app-data', kind: 'resource' }]);
  });

  it('names a resource without an ARN by type, account, region and id', () => {
    const location = resourceLocation({ type: 'aws.account', id: '123456789012', account: '123456789012', region: 'global' });
    expect(location.physicalLocation.artifactLocation.uri).toBe('aws/123456789012/global/account/account/123456789012');
    expect(location.logicalLocations[0]?.fullyQualifiedName).toBe('aws.account/123456789012/global/123456789012');
  });
});
