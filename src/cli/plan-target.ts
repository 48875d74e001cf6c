/**
 * `--plan [format=]file` and `assay plan --format`: the plan formats by name,
 * apart from their renderers (commands/plan.ts), so a scan offers the option
 * without loading the remediation code it may never run.
 */
import { InvalidArgumentError } from 'commander';
import { splitFormatTarget } from './outputs.js';

export const planFormats = ['markdown', 'script', 'json', 'terraform'] as const;
export type PlanFormat = (typeof planFormats)[number];

export interface PlanTarget {
  readonly format: PlanFormat;
  readonly path: string;
}

/** `--plan [format=]file` (a commander argument parser): the format named, or the one the file's extension implies (.sh, .json, .tf; Markdown otherwise). */
export function planTarget(value: string): PlanTarget {
  const target = splitFormatTarget(value, planFormats, 'plan format');
  if ('problem' in target) throw new InvalidArgumentError(target.problem);
  const { path } = target;
  const format = (target.format as PlanFormat | undefined) ?? (path.endsWith('.sh') ? 'script' : path.endsWith('.json') ? 'json' : path.endsWith('.tf') ? 'terraform' : 'markdown');
  return { format, path };
}
