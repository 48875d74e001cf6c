/**
 * The `aws-fsbp` pack, generated: AWS's FSBP control list as recorded in
 * docs/sources/aws-fsbp.tsv, the pack header in docs/sources/aws-fsbp-pack.yaml,
 * and the policies' `frameworks.aws-fsbp` citations. A control no policy
 * cites is MANUAL and says why (what Assay does not collect, or does not
 * check yet) and how to check it meanwhile: the AWS Config rule Security
 * Hub runs for it.
 */
import { packFromSource, type Citation, type PackHeader, type SourceControl } from '../../src/pack/from-source.js';
import type { PackDocument } from '../../src/pack/schema.js';
import { severities, type Severity } from '../../src/findings/vocabulary.js';

export const FSBP_PACK_ID = 'aws-fsbp';
export const FSBP_SOURCE_PATH = 'docs/sources/aws-fsbp.tsv';
export const FSBP_HEADER_PATH = 'docs/sources/aws-fsbp-pack.yaml';
export const FSBP_NOT_COLLECTED_PATH = 'docs/sources/aws-fsbp-not-collected.yaml';
export const FSBP_NOT_AUTOMATED_PATH = 'docs/sources/aws-fsbp-not-automated.yaml';

export interface FsbpControl extends SourceControl {
  readonly section: string;
  readonly severity: Severity;
  readonly resourceTypes: readonly string[];
  /** AWS Config rule identifier Security Hub uses; undefined when the control names none. */
  readonly configRule: string | undefined;
}

const COLUMNS = ['id', 'title', 'severity', 'resourceTypes', 'configRule', 'source'] as const;

/** The recorded control list; throws with file:line on the first malformed row. */
export function parseFsbpControls(text: string, file = FSBP_SOURCE_PATH): FsbpControl[] {
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines[0] !== COLUMNS.join('\t')) throw new Error(`${file}:1: the header must be ${COLUMNS.join(' <tab> ')}`);
  const seen = new Set<string>();
  return lines.slice(1).map((line, i) => {
    const at = `${file}:${i + 2}`;
    const fields = line.split('\t');
    if (fields.length !== COLUMNS.length) throw new Error(`${at}: ${fields.length} fields, expected ${COLUMNS.length}`);
    const [id = '', title = '', severity = '', types = '', rule = ''] = fields;
    const section = /^([A-Za-z0-9]+)\.[0-9]+$/.exec(id)?.[1];
    if (section === undefined) throw new Error(`${at}: control id "${id}" is not Service.N`);
    if (seen.has(id)) throw new Error(`${at}: control ${id} appears twice`);
    seen.add(id);
    const level = severity.toLowerCase();
    if (!(severities as readonly string[]).includes(level) || level === 'info') throw new Error(`${at}: severity "${severity}" is not CRITICAL, HIGH, MEDIUM or LOW`);
    const resourceTypes = types.split(',');
    if (title.trim() === '' || resourceTypes.some((t) => !/^AWS::[A-Za-z0-9]*::[A-Za-z0-9]+$/.test(t))) throw new Error(`${at}: needs a title and AWS::Service::Type resource types`);
    return { id, title, section, severity: level as Severity, resourceTypes, configRule: rule === '-' || rule === '' ? undefined : rule };
  });
}

const code = (s: string): string => `\`${s}\``;

/**
 * Why a control is not automated, and how an auditor checks it meanwhile.
 * `notCollected` gives the reason for types Assay leaves out on purpose;
 * `notAutomated` the reason a control on types Assay collects is not
 * decided yet (what is still to read, or what the policy language lacks).
 */
export function fsbpManualGuidance(
  control: FsbpControl, collected: ReadonlySet<string>,
  notCollected: Readonly<Record<string, string>> = {}, notAutomated: Readonly<Record<string, string>> = {},
): string {
  const missing = control.resourceTypes.filter((t) => !collected.has(t));
  const reasons = [...new Set(missing.map((t) => notCollected[t]))];
  const [reason] = reasons;
  const deliberate = missing.length > 0 && reasons.length === 1 && reason !== undefined;
  const why = missing.length === 0
    ? notAutomated[control.id] ?? `Assay collects ${control.resourceTypes.join(' and ')} but has no policy for this check yet`
    : deliberate ? reason : `Assay does not collect ${missing.join(' or ')} yet`;
  const how = control.configRule === undefined
    ? `read Security Hub's findings for control ${control.id} in every account and region in scope`
    : `Security Hub evaluates it with the AWS Config rule ${code(control.configRule)}; in every account and region in scope, read Security Hub's findings for control ${control.id} or the compliance results of that rule (aws configservice get-compliance-details-by-config-rule --config-rule-name with the rule's name in the account)`;
  return `${why}. ${deliberate ? 'Check it' : 'Until it does, check it'} as AWS does: ${how}, and record each resource reported NON_COMPLIANT or FAILED as a failure of this control.`;
}

export interface FsbpInputs {
  readonly tsv: string;
  readonly header: PackHeader;
  readonly citations: readonly Citation[];
  /** AWS resource types the catalog's types hold (their `awsTypes`). */
  readonly collected: ReadonlySet<string>;
  /** Why Assay leaves some AWS resource types out on purpose (FSBP_NOT_COLLECTED_PATH). */
  readonly notCollected?: Readonly<Record<string, string>>;
  /** Why a control on collected types is not decided yet, by control id (FSBP_NOT_AUTOMATED_PATH). */
  readonly notAutomated?: Readonly<Record<string, string>>;
}

export function fsbpPack(inputs: FsbpInputs): PackDocument {
  const controls = parseFsbpControls(inputs.tsv);
  const notAutomated = inputs.notAutomated ?? {};
  const cited = new Set(inputs.citations.flatMap((c) => c.controls));
  for (const id of Object.keys(notAutomated)) {
    // A reason that outlives its control's first policy would hide that the control is now decided.
    if (!controls.some((c) => c.id === id)) throw new Error(`${FSBP_NOT_AUTOMATED_PATH}: control "${id}" is not in the recorded control list`);
    if (cited.has(id)) throw new Error(`${FSBP_NOT_AUTOMATED_PATH}: control "${id}" is automated now; remove its reason`);
  }
  return packFromSource({
    header: inputs.header,
    controls,
    citations: inputs.citations,
    manual: (c) => fsbpManualGuidance(c, inputs.collected, inputs.notCollected, notAutomated),
    describe: (automated, total) =>
      `Every control of the AWS Foundational Security Best Practices standard recorded in ${FSBP_SOURCE_PATH}, in AWS's order, ` +
      `with AWS's severity and resource types. ${automated} of the ${total} are checked by Assay policies, which name the AWS Config ` +
      `rule each corresponds to and, on their pages, where they are stricter than Security Hub's check. The other ${total - automated} ` +
      'are reported as MANUAL: each says what Assay does not collect or check yet, and how to check it meanwhile with the AWS Config ' +
      'rule Security Hub runs for it.',
  });
}
