import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientPool } from '../../src/collect/clients.js';
import { callerIdentity } from '../../src/collect/identity.js';
import { AssayError } from '../../src/diagnostics/error.js';
import { queryError, RecordedAws } from '../support/recorded-aws.js';

const credentials = () => Promise.resolve({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });

/** A local port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function identityFailure(pool: ClientPool): Promise<AssayError> {
  try {
    await callerIdentity(pool, 'us-east-1');
  } catch (error) {
    if (error instanceof AssayError) return error;
    throw error;
  } finally {
    pool.destroy();
  }
  throw new Error('expected callerIdentity to fail');
}

afterEach(() => { vi.unstubAllEnvs(); });

describe('who Assay runs as: an unreachable endpoint is not a credentials problem', () => {
  it('reports a refused connection as AWS_UNREACHABLE, naming the endpoint and the errno', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    vi.stubEnv('AWS_ENDPOINT_URL', endpoint);
    const error = await identityFailure(new ClientPool({ credentials, maxAttempts: 1 }));
    expect(error.code).toBe('AWS_UNREACHABLE');
    expect(error.message).toContain(endpoint);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.hint).toMatch(/network/);
  });

  it('names the host whose name did not resolve', async () => {
    // .invalid never resolves (RFC 2606); offline, the lookup fails with EAI_AGAIN instead.
    vi.stubEnv('AWS_ENDPOINT_URL', 'http://sts.assay-test.invalid');
    const error = await identityFailure(new ClientPool({ credentials, maxAttempts: 1 }));
    expect(error.code).toBe('AWS_UNREACHABLE');
    expect(error.message).toMatch(/at http:\/\/sts\.assay-test\.invalid .*(ENOTFOUND|EAI_AGAIN)/);
  });

  it('keeps AWS_CREDENTIALS for credentials AWS refused', async () => {
    const aws = new RecordedAws([{ name: 'sts', match: () => true, respond: queryError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403) }]);
    const error = await identityFailure(new ClientPool({ credentials, requestHandler: aws, maxAttempts: 1 }));
    expect(error.code).toBe('AWS_CREDENTIALS');
    expect(error.message).toContain('InvalidClientTokenId');
  });
});
