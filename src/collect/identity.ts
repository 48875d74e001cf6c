/** Who we are scanning as: STS GetCallerIdentity through a guarded client. */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { HttpRequest } from '@smithy/protocol-http';
import { AssayError } from '../diagnostics/error.js';
import { callTable } from './calls.js';
import type { ClientPool } from './clients.js';
import { describeError, unreachableEndpoint } from './failure.js';
import { partitionOfArn, type Partition } from './partition.js';

export const identityCalls = callTable('STS', 'sts', { GetCallerIdentity: { iam: 'sts:GetCallerIdentity' } });

export interface Identity {
  readonly account: string;
  readonly arn: string;
  readonly partition: Partition;
}

/** The command, and the endpoint its request goes to once resolved (AWS_ENDPOINT_URL, or STS's own), for messages. */
function identityCommand(): { command: GetCallerIdentityCommand; endpoint: () => string | undefined } {
  const command = new GetCallerIdentityCommand({});
  let endpoint: string | undefined;
  command.middlewareStack.add((next) => (args) => {
    if (HttpRequest.isInstance(args.request)) endpoint = `${args.request.protocol}//${args.request.hostname}${args.request.port === undefined ? '' : `:${args.request.port}`}`;
    return next(args);
  }, { step: 'finalizeRequest', priority: 'high', name: 'assayIdentityEndpoint' });
  return { command, endpoint: () => endpoint };
}

export async function callerIdentity(clients: ClientPool, region: string): Promise<Identity> {
  const { command, endpoint } = identityCommand();
  try {
    const answer = await clients.get(STSClient, region).send(command);
    if (answer.Account === undefined || answer.Arn === undefined) throw new Error('GetCallerIdentity returned no account');
    return { account: answer.Account, arn: answer.Arn, partition: partitionOfArn(answer.Arn) };
  } catch (error) {
    // No answer at all is a network problem: calling it a credentials problem sends people the wrong way.
    const network = unreachableEndpoint(error);
    if (network !== undefined) {
      throw new AssayError('AWS_UNREACHABLE', `cannot reach AWS at ${endpoint() ?? network.host ?? `STS in ${region}`} (${identityCalls.GetCallerIdentity.label}): ${network.message.includes(network.errno) ? network.message : `${network.errno}: ${network.message}`}`, {
        cause: error,
        hint: 'check the network (proxy, firewall, DNS), the region, and AWS_ENDPOINT_URL if it is set',
      });
    }
    const { code, message } = describeError(error);
    throw new AssayError('AWS_CREDENTIALS', `cannot establish who Assay is running as (${identityCalls.GetCallerIdentity.label}): ${code}: ${message}`, {
      cause: error,
      hint: 'configure credentials (environment, --profile, SSO, instance role) or check --role-arn and --external-id',
    });
  }
}
