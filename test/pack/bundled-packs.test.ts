/**
 * The bundled packs against the frameworks they claim: every CIS control is
 * present, in order, with the benchmark's title and level; every automated
 * control names policies; and a policy's `frameworks` block and the packs
 * that carry those framework ids say the same thing, so a finding's
 * framework references and the pack report never disagree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/pack/load.js';
import { loadPolicies } from '../../src/policy/load.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const yamlIn = (folder: string) => readdirSync(new URL(folder, root), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).sort();

const { policies } = loadPolicies(yamlIn('policies').map((f) => ({ file: `policies/${f}`, text: read(`policies/${f}`), origin: 'bundled' as const })));
const policyIds = new Set(policies.map((p) => p.document.id));
const { packs, errors } = loadPacks(yamlIn('packs').map((f) => ({ file: `packs/${f}`, text: read(`packs/${f}`) })), policyIds);
const pack = (id: string) => {
  const found = packs.find((p) => p.document.id === id);
  if (found === undefined) throw new Error(`no pack ${id}`);
  return found.document;
};

describe('bundled packs', () => {
  it('load without problems', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(packs.map((p) => p.document.id).sort()).toEqual(['assay-foundations', 'assay-workloads', 'aws-fsbp', 'aws-logging-monitoring', 'cis-aws-foundations-5.0.0', 'cis-aws-foundations-7.0.0', 'pci-dss-4.0']);
  });

  it.each([['7.0.0', 70], ['5.0.0', 63]] as const)('CIS %s lists every control of the benchmark, in order, with its title, section and level', (version, total) => {
    const rows = read(`docs/sources/cis-aws-foundations-${version}.tsv`).trim().split('\n').slice(1).map((line) => line.split('\t'));
    expect(rows).toHaveLength(total);
    const controls = pack(`cis-aws-foundations-${version}`).controls;
    expect(controls.map((c) => [c.id, String(c.level), c.section, c.title])).toEqual(rows.map(([id, level, , section, title]) => [id, level, section, title]));
  });

  it.each([['7.0.0'], ['5.0.0']] as const)('CIS %s: every control CIS calls automated is checked by policies', (version) => {
    const automated = read(`docs/sources/cis-aws-foundations-${version}.tsv`).trim().split('\n').slice(1).map((l) => l.split('\t')).filter((r) => r[2] === 'automated').map((r) => r[0]);
    const controls = new Map(pack(`cis-aws-foundations-${version}`).controls.map((c) => [c.id, c]));
    expect(automated.filter((id) => controls.get(id ?? '')?.policies === undefined)).toEqual([]);
  });

  it('AWS FSBP lists every recorded control, in AWS\'s order, with its title, severity and resource types', () => {
    const rows = read('docs/sources/aws-fsbp.tsv').trim().split('\n').slice(1).map((line) => line.split('\t'));
    expect(rows.length).toBeGreaterThan(300);
    expect(pack('aws-fsbp').controls.map((c) => [c.id, c.title, c.severity?.toUpperCase(), c.resourceTypes?.join(',')]))
      .toEqual(rows.map(([id, title, severity, types]) => [id, title, severity, types]));
  });

  it('a policy automating an FSBP control names the AWS Config rule Security Hub runs for it', () => {
    const rules = new Map(read('docs/sources/aws-fsbp.tsv').trim().split('\n').slice(1).map((l) => l.split('\t')).map((r) => [r[0], r[4]]));
    const missing = pack('aws-fsbp').controls.flatMap((c) => (c.policies ?? []).flatMap((id) => {
      const rule = rules.get(c.id);
      const cited = policies.find((p) => p.document.id === id)?.document.frameworks?.['aws-config-rules'] ?? [];
      return rule === undefined || rule === '-' || cited.includes(rule) ? [] : [`${id} automates ${c.id} but does not name ${rule} in frameworks.aws-config-rules`];
    }));
    expect(missing).toEqual([]);
  });

  it('every manual control carries audit steps a person can follow', () => {
    for (const { document } of packs) {
      for (const control of document.controls.filter((c) => c.manual !== undefined)) {
        // Not a placeholder: a sentence or more of what to examine, not the title again.
        expect((control.manual ?? '').length, `${document.id} ${control.id}`).toBeGreaterThan(50);
        expect(control.manual, `${document.id} ${control.id}`).not.toBe(control.title);
      }
    }
  });

  // Frameworks that have a pack: the pack's mapping is the truth the policies must repeat.
  const frameworkPacks = packs.map((p) => p.document).filter((p) => policies.some((policy) => policy.document.frameworks?.[p.id] !== undefined));

  it('policies cite exactly the controls the framework packs map them to', () => {
    expect(frameworkPacks.map((p) => p.id).sort()).toEqual(['aws-fsbp', 'cis-aws-foundations-5.0.0', 'cis-aws-foundations-7.0.0', 'pci-dss-4.0']);
    const mismatches: string[] = [];
    for (const framework of frameworkPacks) {
      for (const { document: policy } of policies.filter((p) => p.document.deprecated === undefined)) {
        const mapped = framework.controls.filter((c) => c.policies?.includes(policy.id)).map((c) => c.id).sort();
        const cited = [...(policy.frameworks?.[framework.id] ?? [])].sort();
        if (JSON.stringify(mapped) !== JSON.stringify(cited)) mismatches.push(`${policy.id} in ${framework.id}: pack maps ${JSON.stringify(mapped)}, policy cites ${JSON.stringify(cited)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('every bundled policy is used by at least one pack, or is deprecated', () => {
    const used = new Set(packs.flatMap((p) => p.document.controls.flatMap((c) => c.policies ?? [])));
    expect(policies.filter((p) => p.document.deprecated === undefined && !used.has(p.document.id)).map((p) => p.document.id)).toEqual([]);
  });

  it('every policy states its fix\'s risk, how to verify it and how to roll it back', () => {
    const missing = policies.filter((p) => p.document.deprecated === undefined)
      .filter((p) => p.document.remediation.risk === undefined || p.document.remediation.verify === undefined || p.document.remediation.rollback === undefined)
      .map((p) => p.document.id);
    expect(missing).toEqual([]);
  });

  it('plan ordering names policies that exist, never the policy itself', () => {
    const problems = policies.flatMap((p) => (p.document.remediation.after ?? [])
      .filter((id) => id === p.document.id || !policyIds.has(id))
      .map((id) => `${p.document.id} after ${id}`));
    expect(problems).toEqual([]);
  });
});
