/** `assay permissions`: the least-privilege IAM policy a scan needs, from the collectors' declarations. */
import { Option, type Command } from 'commander';
import { organizationPermissions } from '../../collect/organization.js';
import { permissionsPolicy } from '../../collect/permissions.js';
import { collectorsFor, sources, type Source } from '../../collect/sources.js';
import type { CommandContext } from '../program.js';

export function registerPermissionsCommand(program: Command, context: CommandContext): void {
  program
    .command('permissions')
    .description('print the IAM policy (JSON) that `assay collect` and a live `assay scan` need')
    .addOption(new Option('--source <source>', 'the collection source the policy is for').choices(sources).default('api'))
    .option('--org', 'the policy for the account --org runs from (the organization listing and the member-role assumption), instead of a scanned account\'s')
    .addHelpText('after', `
Attach it to the role or user Assay runs as (with --org or --accounts: to the
member role in every account). The AWS-managed SecurityAudit policy covers a
scanned account's needs too.`)
    .action((options: { source: Source; org?: boolean }) => {
      const policy = options.org === true
        ? { Version: '2012-10-17', Statement: [{ Sid: 'AssayOrganization', Effect: 'Allow', Action: [...organizationPermissions].sort(), Resource: '*' }] }
        : permissionsPolicy(collectorsFor(options.source));
      context.io.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
    });
}
