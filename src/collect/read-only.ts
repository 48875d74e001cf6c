/**
 * The read-only guard (DESIGN.md rule 2): every SDK client Assay creates
 * carries this middleware, which refuses any operation that is not on the
 * allowlist before it is signed or sent. The allowlist is the operations
 * of the call tables (src/collect/calls.ts), so adding a call is a reviewed
 * row, and a test checks that every one of them only reads.
 */
import type { InitializeHandler, InitializeHandlerArguments, InitializeHandlerOutput, InitializeMiddleware, MetadataBearer } from '@smithy/types';
import { AssayError } from '../diagnostics/error.js';
import { allowlist } from './generated/allowlist.js';

/**
 * `<sdk client name without "Client">:<operation>`, e.g. `S3:GetBucketPolicy`:
 * every operation of a call table, as `npm run gen` wrote them out
 * (generated/allowlist.ts), so checking a call loads no collector.
 */
export function readOnlyOperations(): ReadonlySet<string> {
  allowed ??= new Set(allowlist);
  return allowed;
}

let allowed: ReadonlySet<string> | undefined;

/** The allowlist key of a command sent by a client: `S3:GetBucketPolicy`. */
export function operationKey(clientName: string, commandName: string): string {
  return `${clientName.replace(/Client$/, '')}:${commandName.replace(/Command$/, '')}`;
}

/** Read-only operations by their naming: what the allowlist may contain (a test checks it). */
export function looksReadOnly(operation: string): boolean {
  const name = operation.split(':')[1] ?? '';
  // Select* runs a read-only query (AWS Config's advanced query); BatchGet* reads several items at once.
  return /^(Get|List|Describe|Select|BatchGet)[A-Z]/.test(name) || operation === 'IAM:GenerateCredentialReport';
}

export function readOnlyGuard(): InitializeMiddleware<object, MetadataBearer> {
  return (next: InitializeHandler<object, MetadataBearer>, context) => async (args: InitializeHandlerArguments<object>): Promise<InitializeHandlerOutput<MetadataBearer>> => {
    const key = operationKey(String(context.clientName), String(context.commandName));
    if (!readOnlyOperations().has(key)) {
      throw new AssayError('READ_ONLY_VIOLATION', `refused to send ${key}: it is not on Assay's read-only allowlist`, {
        hint: 'scanning never changes anything in AWS; this is a bug in a collector',
      });
    }
    return next(args);
  };
}

/** Installs the guard on a client, before any other middleware can act on the request. */
export function guard<C extends { middlewareStack: { add(middleware: InitializeMiddleware<object, MetadataBearer>, options: { step: 'initialize'; priority: 'high'; name: string }): void } }>(client: C): C {
  client.middlewareStack.add(readOnlyGuard(), { step: 'initialize', priority: 'high', name: 'assayReadOnlyGuard' });
  return client;
}
