/**
 * Message and remediation templates: `{{resource.id}}`, `{{resource.region}}`,
 * `{{resource.account}}`, `{{resource.arn}}`, `{{resource.name}}`,
 * `{{resource.type}}` and `{{param.<name>}}`. Placeholders are checked at
 * load. For shell commands every filled value is single-quoted, whatever it
 * contains, so a hostile resource name can never become shell syntax.
 */
import { closest } from '../diagnostics/suggest.js';
import type { Resource } from '../resources/resource.js';
import { shellQuote } from '../text/shell.js';

const placeholder = /\{\{\s*([^{}]*?)\s*\}\}/g;
const resourceFields = ['id', 'arn', 'name', 'account', 'region', 'type'] as const;

export interface CompiledTemplate {
  readonly source: string;
  /** The parameters its placeholders name. */
  readonly params: ReadonlySet<string>;
  render(resource: Resource, params: ReadonlyMap<string, unknown>, mode?: 'text' | 'shell'): string;
}

function resourceValue(resource: Resource, field: string): string {
  switch (field) {
    case 'id': return resource.id;
    case 'arn': return resource.arn ?? resource.id;
    case 'name': return resource.name ?? resource.id;
    case 'account': return resource.account;
    case 'region': return resource.region;
    default: return resource.type;
  }
}

function paramText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Returns the compiled template, or the problems with its placeholders. */
export function compileTemplate(source: string, declaredParams: ReadonlySet<string>): CompiledTemplate | { problems: string[] } {
  const problems: string[] = [];
  for (const match of source.matchAll(placeholder)) {
    const name = match[1] ?? '';
    const [scope, field, ...rest] = name.split('.');
    const ok = rest.length === 0 && ((scope === 'resource' && (resourceFields as readonly string[]).includes(field ?? ''))
      || (scope === 'param' && field !== undefined && declaredParams.has(field)));
    if (!ok) {
      const known = [...resourceFields.map((f) => `resource.${f}`), ...[...declaredParams].map((p) => `param.${p}`)];
      const suggestion = closest(name, known);
      const hint = suggestion === undefined ? '' : `did you mean {{${suggestion}}}? `;
      problems.push(`unknown placeholder {{${name}}}; ${hint}use {{resource.${resourceFields.join('|')}}}${declaredParams.size > 0 ? ` or {{param.${[...declaredParams].join('|')}}}` : ''}`);
    }
  }
  if (problems.length > 0) return { problems };
  // Split once into literal text and placeholders, so rendering (once per finding) only joins.
  const literals: string[] = [];
  const slots: { scope: string; field: string }[] = [];
  let last = 0;
  for (const match of source.matchAll(placeholder)) {
    literals.push(source.slice(last, match.index));
    const [scope = '', field = ''] = (match[1] ?? '').split('.');
    slots.push({ scope, field });
    last = match.index + match[0].length;
  }
  literals.push(source.slice(last));
  // A policy renders its templates with the same parameter map for every finding: the parameters'
  // text (and its shell-quoted form) is worked out once per map, not once per finding.
  let textsFor: ReadonlyMap<string, unknown> | undefined;
  let texts: readonly string[] = [];
  let quoted: readonly string[] = [];
  return {
    source,
    params: new Set(slots.filter((slot) => slot.scope === 'param').map((slot) => slot.field)),
    render(resource, params, mode = 'text') {
      if (params !== textsFor) {
        texts = slots.map((slot) => (slot.scope === 'param' ? paramText(params.get(slot.field)) : ''));
        quoted = texts.map(shellQuote);
        textsFor = params;
      }
      let text = literals[0] ?? '';
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i];
        if (slot === undefined) continue;
        const value = slot.scope === 'resource' ? (mode === 'shell' ? shellQuote(resourceValue(resource, slot.field)) : resourceValue(resource, slot.field)) : ((mode === 'shell' ? quoted[i] : texts[i]) ?? '');
        text += value + (literals[i + 1] ?? '');
      }
      return text;
    },
  };
}
