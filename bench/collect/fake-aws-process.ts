/**
 * The fake AWS in a child process of its own, so answering requests does
 * not take CPU from the collection being measured (the SDK's serializing,
 * signing and parsing run on the benchmark's one event loop). The parent
 * forks this file; the child starts the server, says where it listens, and
 * on "stop" closes it and sends back its ledger. It also stops when the
 * parent goes away, so no server outlives the benchmark.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Estate, type EstateSize } from './estate.js';
import { startFakeAws, type FakeAws, type RequestRecord } from './fake-aws.js';

interface ChildOptions {
  readonly size: EstateSize;
  readonly latencyMs: number;
}

type ChildMessage = { readonly kind: 'ready'; readonly endpoint: string } | { readonly kind: 'ledger'; readonly requests: RequestRecord[] };

/** Forks the fake and resolves once it listens. */
export function spawnFakeAws(size: EstateSize, latencyMs: number): Promise<FakeAws> {
  const options: ChildOptions = { size, latencyMs };
  const child = fork(fileURLToPath(import.meta.url), ['--fake-aws', JSON.stringify(options)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const failed = (code: number | null): void => { reject(new Error(`the fake AWS process exited before it listened (exit code ${String(code)})`)); };
    child.once('exit', failed);
    child.once('message', (message: ChildMessage) => {
      child.removeListener('exit', failed);
      if (message.kind !== 'ready') return;
      resolve({
        endpoint: message.endpoint,
        stop: () => new Promise<RequestRecord[]>((done, fail) => {
          if (child.exitCode !== null) {
            fail(new Error('the fake AWS process had already exited'));
            return;
          }
          child.once('message', (answer: ChildMessage) => { done(answer.kind === 'ledger' ? answer.requests : []); });
          child.send({ kind: 'stop' });
        }),
      });
    });
  });
}

async function serve(options: ChildOptions): Promise<void> {
  const fake = await startFakeAws(new Estate(options.size), options.latencyMs);
  const send = (message: ChildMessage): Promise<void> => new Promise((resolve) => { process.send?.(message, () => { resolve(); }); });
  let stopping = false;
  const stop = async (reply: boolean): Promise<void> => {
    if (stopping) return;
    stopping = true;
    const requests = await fake.stop();
    if (reply && process.connected) await send({ kind: 'ledger', requests });
    process.disconnect();
  };
  process.on('message', () => { void stop(true); });
  // The parent died or closed the channel: nobody is left to serve.
  process.on('disconnect', () => { void stop(false).then(() => process.exit(0)); });
  await send({ kind: 'ready', endpoint: fake.endpoint });
}

if (process.argv[2] === '--fake-aws' && process.send !== undefined) {
  const options = JSON.parse(process.argv[3] ?? '{}') as ChildOptions;
  await serve(options);
}
