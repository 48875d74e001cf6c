/** `assay packs list|show`: the frameworks Assay maps its policies to. */
import type { Command } from 'commander';
import { AssayError, AssayErrors } from '../../diagnostics/error.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import { checkLevel, loadLibrary } from '../library.js';
import { terminalLines } from '../../text/terminal.js';
import type { CommandContext } from '../program.js';
import { parseLevel } from './scan.js';
import { table } from '../table.js';

const TITLE_WIDTH = 100;
const POLICIES_SHOWN = 3;

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1).trimEnd()}…`;
}

/** Word-wraps prose to lines of at most `width` characters (longer words stay whole). */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

function listed(policies: readonly string[]): string {
  if (policies.length === 0) return '-';
  if (policies.length <= POLICIES_SHOWN) return policies.join(', ');
  return `${policies.slice(0, POLICIES_SHOWN - 1).join(', ')} +${policies.length - POLICIES_SHOWN + 1} more`;
}

export function registerPacksCommands(program: Command, context: CommandContext): void {
  const packs = program.command('packs').description('list and show packs (frameworks mapped to policies)');

  packs.command('list')
    .description('list the bundled packs with their automated and manual control counts')
    .action(async () => {
      const library = await loadLibrary([], context.io.cwd);
      if (library.errors.length > 0) throw new AssayErrors(library.errors);
      const rows = library.packs.map((p) => {
        const automated = p.document.controls.filter((c) => c.policies !== undefined).length;
        return [p.document.id, p.document.version, `${automated}`, `${p.document.controls.length - automated}`, `${p.document.controls.length}`, p.document.title];
      });
      context.io.stdout.write(`${table([['ID', 'VERSION', 'AUTOMATED', 'MANUAL', 'TOTAL', 'TITLE'], ...rows])}\n`);
    });

  packs.command('show')
    .description('show a pack\'s controls: level, automated or manual, and the policies that check each')
    .argument('<id>', 'pack id')
    .option('--level <n>', 'only controls up to this profile level', parseLevel)
    .action(async (id: string, options: { level?: number }) => {
      const library = await loadLibrary([], context.io.cwd);
      if (library.errors.length > 0) throw new AssayErrors(library.errors);
      const pack = library.packs.find((p) => p.document.id === id);
      if (pack === undefined) throw new AssayError('UNKNOWN_PACK', `unknown pack "${id}"${didYouMean(id, library.packs.map((p) => p.document.id))}`, { hint: '`assay packs list` lists them' });
      if (options.level !== undefined) checkLevel([pack], { value: options.level });
      const d = pack.document;
      const controls = d.controls.filter((c) => options.level === undefined || c.level === undefined || c.level <= options.level);
      // Framework titles run to paragraphs (PCI DSS) and one control may name many policies: keep rows to a line.
      const rows = controls.map((c) => [c.id, c.level === undefined ? '-' : `${c.level}`, c.policies === undefined ? 'manual' : 'automated', listed(c.policies ?? []), clip(c.title.replace(/\s+/g, ' ').trim(), TITLE_WIDTH)]);
      context.io.stdout.write(terminalLines([
        `${d.id} — ${d.title} ${d.version}`,
        `source: ${d.source}`,
        '',
        wrap(d.description.trim(), TITLE_WIDTH),
        '',
        table([['CONTROL', 'LEVEL', 'CHECK', 'POLICIES', 'TITLE'], ...rows]),
        '',
        `${controls.length} controls${options.level === undefined ? '' : ` up to level ${options.level}`}. Full titles, every policy and the manual audit steps: ${pack.file} and docs/packs/${d.id}.md.`,
        '',
      ].join('\n')));
    });
}
