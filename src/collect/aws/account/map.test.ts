/** Pure aws.account mappings on their own. */
import { describe, expect, it } from 'vitest';
import { UnreadableAnswer } from '../../answers.js';
import { organization, passwordPolicy, rootHasVirtualMfa, summary } from './map.js';

describe('passwordPolicy', () => {
  it('derives expirePasswords from MaxPasswordAge, as AWS defines it', () => {
    expect(passwordPolicy({ MinimumPasswordLength: 14, MaxPasswordAge: 90, ExpirePasswords: false })).toMatchObject({ expirePasswords: true, maxPasswordAge: 90 });
    expect(passwordPolicy({ MinimumPasswordLength: 14, MaxPasswordAge: 0, ExpirePasswords: true })).toMatchObject({ expirePasswords: false, maxPasswordAge: null });
  });

  it('fills the flags AWS leaves out with the defaults AWS documents for them', () => {
    expect(passwordPolicy({ MinimumPasswordLength: 8 })).toEqual({
      minimumPasswordLength: 8, requireSymbols: false, requireNumbers: false, requireUppercaseCharacters: false, requireLowercaseCharacters: false,
      allowUsersToChangePassword: false, expirePasswords: false, maxPasswordAge: null, passwordReusePrevention: null, hardExpiry: false,
    });
  });

  it('reads a minimum length the answer lacks as unknown, not the length a new policy would get', () => {
    expect(() => passwordPolicy({})).toThrow(UnreadableAnswer);
  });
});

describe('summary', () => {
  it('reads 0/1 flags as booleans and names every key it lacks', () => {
    expect(summary({ AccountMFAEnabled: 0, Users: 2 })).toEqual({
      value: { accountMfaEnabled: false, users: 2 },
      missing: expect.arrayContaining([{ field: 'accountPasswordPresent', key: 'AccountPasswordPresent' }, { field: 'mfaDevicesInUse', key: 'MFADevicesInUse' }]) as unknown,
    });
    expect(summary(undefined).missing).toHaveLength(10);
  });
});

describe('rootHasVirtualMfa', () => {
  it('matches the root ARN in the account\'s partition only', () => {
    const device = (arn: string) => ({ SerialNumber: 's', User: { Arn: arn, Path: '/', UserName: 'x', UserId: 'x', CreateDate: new Date(0) } });
    expect(rootHasVirtualMfa([device('arn:aws-us-gov:iam::123456789012:root')], 'aws-us-gov', '123456789012')).toBe(true);
    expect(rootHasVirtualMfa([device('arn:aws:iam::123456789012:root')], 'aws-us-gov', '123456789012')).toBe(false);
    expect(rootHasVirtualMfa([device('arn:aws:iam::123456789012:user/root')], 'aws', '123456789012')).toBe(false);
  });

  it('also counts the serial the CIS audit names for root\'s virtual device', () => {
    expect(rootHasVirtualMfa([{ SerialNumber: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device' }], 'aws', '123456789012')).toBe(true);
  });

  it('reads an assigned device without its user as unknown unless another device decides', () => {
    const anonymous = { SerialNumber: 'arn:aws:iam::123456789012:mfa/ops-token' };
    expect(() => rootHasVirtualMfa([anonymous], 'aws', '123456789012')).toThrow(UnreadableAnswer);
    expect(rootHasVirtualMfa([anonymous, { SerialNumber: 's', User: { Arn: 'arn:aws:iam::123456789012:root', Path: '/', UserName: 'x', UserId: 'x', CreateDate: new Date(0) } }], 'aws', '123456789012')).toBe(true);
  });
});

describe('organization', () => {
  it('refuses a feature set outside the catalog\'s two', () => {
    expect(() => organization({ Organization: { Id: 'o-a1b2c3d4e5', Arn: 'a', MasterAccountId: '111111111111', FeatureSet: 'SOMETHING_NEW' as never } }, '1')).toThrow(/not ALL or CONSOLIDATED_BILLING/);
  });
});
