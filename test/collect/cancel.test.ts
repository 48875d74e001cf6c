/** Ctrl-C: a cancelled collection produces no snapshot at all, so nothing partial can be written. */
import { describe, expect, it } from 'vitest';
import { ClientPool } from '../../src/collect/clients.js';
import { defineCollector } from '../../src/collect/define.js';
import { serverCertificateCalls } from '../../src/collect/aws/iam/server-certificates.js';
import { runCollection } from '../../src/collect/run.js';
import { AssayError } from '../../src/diagnostics/error.js';
import { credentials, regionsRoute } from '../support/collect.js';
import { RecordedAws } from '../support/recorded-aws.js';

describe('cancelling collection', () => {
  it('rejects with COLLECT_FAILED once the signal fires, instead of returning what was collected so far', async () => {
    const controller = new AbortController();
    // A test double standing in for a slow collector: it emits, then the user presses Ctrl-C, then it emits again.
    const slow = defineCollector({
      type: 'aws.iam.server-certificate',
      scope: 'global',
      calls: [serverCertificateCalls],
      collect(ctx) {
        const cert = (name: string) => ctx.draft({ type: 'aws.iam.server-certificate', id: name }).set('serverCertificateName', name).build();
        ctx.emit(cert('first'));
        controller.abort();
        ctx.emit(cert('second'));
        return Promise.resolve();
      },
    });
    const pool = new ClientPool({ requestHandler: new RecordedAws([regionsRoute(['us-east-1'])]), credentials });
    const outcome = await runCollection({
      clients: pool, account: '123456789012', partition: 'aws', regions: ['us-east-1'], collectors: [slow], concurrency: 4,
      generator: { name: 'assay', version: 'test' }, now: () => new Date(0), signal: controller.signal,
    }).then(() => 'resolved', (error: unknown) => error);
    pool.destroy();
    expect(outcome).toBeInstanceOf(AssayError);
    expect((outcome as AssayError).code).toBe('COLLECT_FAILED');
  });
});
