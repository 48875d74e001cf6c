/** URL user-info masking: the credential never survives, the rest of the location does. */
import { describe, expect, it } from 'vitest';
import { maskUserInfo } from './map.js';

describe('maskUserInfo', () => {
  it.each([
    ['https://x-token-auth:abc123@bitbucket.org/acme/app.git', 'https://redacted@bitbucket.org/acme/app.git'],
    ['https://ghp_abc123@github.com/acme/app.git', 'https://redacted@github.com/acme/app.git'],
    // A raw "@" in a password: everything up to the last "@" of the authority goes.
    ['https://builder:p@ss@bitbucket.org/acme/app.git', 'https://redacted@bitbucket.org/acme/app.git'],
    ['ssh://git@github.com/acme/app.git', 'ssh://redacted@github.com/acme/app.git'],
  ])('masks %s', (location, masked) => {
    expect(maskUserInfo(location)).toEqual({ location: masked, hasUserInfo: true });
  });

  it.each([
    'https://github.com/acme/app.git',
    'https://github.com/acme/app.git?ref=a@b',
    'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/app',
    'acme-artifacts/app/source.zip',
    'git@github.com:acme/app.git',
  ])('keeps %s as it is', (location) => {
    expect(maskUserInfo(location)).toEqual({ location, hasUserInfo: false });
  });
});
