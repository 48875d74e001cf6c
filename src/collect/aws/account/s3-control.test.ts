/** The S3 Control client at a custom endpoint (an emulator): the host is the endpoint's, not <account>.<endpoint>. */
import { GetPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { describe, expect, it } from 'vitest';
import { ClientPool } from '../../clients.js';
import { s3ControlClientClass } from './s3-control.js';
import { credentials } from '../../../../test/support/collect.js';
import { RecordedAws, xml } from '../../../../test/support/recorded-aws.js';

const answer = xml('<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls></PublicAccessBlockConfiguration>');

async function send(customEndpoint: string | undefined): Promise<{ hostname: string; path: string; blockPublicAcls: boolean | undefined; counted: number | undefined }> {
  const aws = new RecordedAws([{ name: 'bpa', match: () => true, respond: answer }]);
  const pool = new ClientPool({ requestHandler: aws, credentials, ...(customEndpoint === undefined ? {} : { customEndpoint }) });
  try {
    const client = pool.get(s3ControlClientClass(pool.customEndpoint), 'us-east-1');
    const out = await client.send(new GetPublicAccessBlockCommand({ AccountId: '123456789012' }));
    const request = aws.requests[0];
    return { hostname: request?.hostname ?? '', path: request?.path ?? '', blockPublicAcls: out.PublicAccessBlockConfiguration?.BlockPublicAcls, counted: pool.calls.get('S3Control:GetPublicAccessBlock') };
  } finally {
    pool.destroy();
  }
}

describe('s3ControlClientClass', () => {
  it('is the plain client against AWS: the account id prefixes the host', async () => {
    expect(s3ControlClientClass(undefined)).toBe(S3ControlClient);
    expect(await send(undefined)).toEqual({ hostname: '123456789012.s3-control.us-east-1.amazonaws.com', path: '/v20180820/configuration/publicAccessBlock', blockPublicAcls: true, counted: 1 });
  });

  it('sends to a custom endpoint unchanged, and is still counted (and guarded) as S3Control', async () => {
    expect(await send('http://127.0.0.1:4599')).toEqual({ hostname: '127.0.0.1', path: '/v20180820/configuration/publicAccessBlock', blockPublicAcls: true, counted: 1 });
  });
});
