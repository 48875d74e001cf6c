/** `assay types [type]`: the resource catalog, for people writing policies. */
import type { Command } from 'commander';
import { AssayError } from '../../diagnostics/error.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import { findResourceType, resourceTypeNames, resourceTypes } from '../../resources/catalog.js';
import { describeFields } from '../../resources/describe.js';
import type { CommandContext } from '../program.js';
import { table } from '../table.js';

function listTypes(): string {
  const rows = [['TYPE', 'SCOPE', 'SERVICE', 'DESCRIPTION'], ...resourceTypes.map((d) => [d.type, d.scope, d.service, d.description])];
  return `${table(rows)}\n\n${resourceTypes.length} types. \`assay types <type>\` lists a type's fields.\n`;
}

function showType(name: string): string {
  const definition = findResourceType(name);
  if (definition === undefined) {
    throw new AssayError('UNKNOWN_RESOURCE_TYPE', `unknown resource type "${name}"${didYouMean(name, resourceTypeNames())}`, {
      hint: '`assay types` lists every type',
    });
  }
  const fields = describeFields(definition.data);
  const rows = [['FIELD', 'TYPE', 'DESCRIPTION'], ...fields.map((f) => [f.path, f.nullable ? `${f.type} | null` : f.type, f.description])];
  return [
    `${definition.type} — ${definition.description}`,
    `scope: ${definition.scope} · service: ${definition.service} · id: ${definition.idDescription}`,
    '',
    'Every resource also has: type, id, arn (optional), account, region, name (optional), tags, and errors (fields that could not be collected).',
    'Fields are paths into `data` as policies write them; `[]` is any element of a list. `null` means not configured.',
    '',
    table(rows),
    '',
  ].join('\n');
}

export function registerTypesCommand(program: Command, context: CommandContext): void {
  program
    .command('types')
    .description('list the resource types Assay knows, or one type\'s fields with a description of each')
    .argument('[type]', 'a type name such as aws.s3.bucket')
    .option('--json', 'print the catalog entries (with the JSON Schema of their data) as JSON')
    .action((name: string | undefined, options: { json?: boolean }) => {
      if (options.json === true) {
        const selected = name === undefined ? resourceTypes : [findResourceType(name)].filter((d) => d !== undefined);
        if (name !== undefined && selected.length === 0) showType(name);
        const entries = selected.map((d) => ({ type: d.type, scope: d.scope, service: d.service, description: d.description, id: d.idDescription, fields: describeFields(d.data) }));
        context.io.stdout.write(`${JSON.stringify(name === undefined ? entries : entries[0], null, 2)}\n`);
        return;
      }
      context.io.stdout.write(name === undefined ? listTypes() : showType(name));
    });
}
