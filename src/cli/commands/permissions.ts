/** `assay permissions`: the least-privilege IAM policy a scan needs, from the collectors' declarations. */
import { Option, type Command } from 'commander';
import { sources, type Source } from '../../collect/source-names.js';
import type { CommandContext } from '../program.js';

export function registerPermissionsCommand(program: Command, context: CommandContext): void {
  program
    .command('permissions')
    .description('print the IAM policy (JSON) that `assay collect` and a live `assay scan` need')
    .addOption(new Option('--source <source>', 'the collection source the policy is for').choices(sources).default('api'))
    .option('--org', 'the policy for the account --org runs from (the organization listing and the member-role assumption), instead of a scanned account\'s')
    .option('--aggregator', 'the policy for reading an AWS Config aggregator (--source config --aggregator), in its account')
    .option('--trail-verify', 'the policy `assay trail verify` needs: DescribeTrails, ListPublicKeys, and reading the trail\'s bucket (with kms:Decrypt for SSE-KMS log files)')
    .addHelpText('after', `
Attach it to the role or user Assay runs as (with --org or --accounts: to the
member role in every account). The AWS-managed SecurityAudit policy covers a
scanned account's needs too. --trail-verify's reads of log content are not a
scan's: give them to whoever verifies trails, scoped to the log bucket and
its KMS key where you can.`)
    .action(async (options: { source: Source; org?: boolean; aggregator?: boolean; trailVerify?: boolean }) => {
      if (options.trailVerify === true) {
        const { trailVerifyPermissions } = await import('../../collect/trail/calls.js');
        context.io.stdout.write(`${JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'AssayTrailVerify', Effect: 'Allow', Action: [...trailVerifyPermissions], Resource: '*' }] }, null, 2)}\n`);
        return;
      }
      // The permissions come from the collectors' call tables, which name the SDK's commands: loaded on use.
      const [{ aggregatorPermissions }, { organizationPermissions }, { permissionsPolicy }, { collectorsFor }] = await Promise.all([
        import('../../collect/config/aggregator.js'), import('../../collect/organization.js'), import('../../collect/permissions.js'), import('../../collect/sources.js'),
      ]);
      const only = (sid: string, actions: readonly string[]): Record<string, unknown> => ({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Action: [...actions].sort(), Resource: '*' }] });
      const policy = options.org === true ? only('AssayOrganization', organizationPermissions)
        : options.aggregator === true ? only('AssayConfigAggregator', ['sts:GetCallerIdentity', ...aggregatorPermissions])
          : permissionsPolicy(await collectorsFor(options.source));
      context.io.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
    });
}
