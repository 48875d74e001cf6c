/** `assay permissions`: the least-privilege IAM policy a scan needs, from the collectors' declarations. */
import type { Command } from 'commander';
import { collectors } from '../../collect/aws/index.js';
import { permissionsPolicy } from '../../collect/permissions.js';
import type { CommandContext } from '../program.js';

export function registerPermissionsCommand(program: Command, context: CommandContext): void {
  program
    .command('permissions')
    .description('print the IAM policy (JSON) that `assay collect` and a live `assay scan` need')
    .addHelpText('after', '\nAttach it to the role or user Assay runs as. The AWS-managed SecurityAudit policy covers it too.')
    .action(() => {
      context.io.stdout.write(`${JSON.stringify(permissionsPolicy(collectors), null, 2)}\n`);
    });
}
