import { describe, expect, it } from 'vitest';
import { resultFixture } from '../../../test/fixtures/results/load.js';
import { buildPlan } from '../build.js';
import type { Plan, PlanStep } from '../plan.js';
import { renderMarkdown } from './markdown.js';

/** A step whose every field tries to break out of its place in the document. */
const hostile: PlanStep = {
  id: 'step-001', account: '123456789012', region: 'us-east-1', severity: 'critical',
  resource: { type: 'aws.s3.bucket', id: 'b\n# injected heading', arn: 'arn:aws:s3:::<script>alert(1)</script>', name: '[click](https://evil.example) | *x*' },
  policies: ['p-a', 'p-b'], findings: ['f1'], controls: ['cis:1.1'], after: [],
  title: 'Title <img src=x onerror=alert(1)>\n## not a heading',
  changes: ['Change one\n- not an item'], commands: ['aws s3api x --bucket \'a```b\'', 'echo "line\nrm -rf /"'],
  variables: ['TRAIL_BUCKET'], disruption: ['Breaks <b>things</b>'], risk: 'high', disruptive: true,
  verify: ['aws s3api get-x --bucket \'b\n```\''], rollback: [{ text: 'Undo <it>\n# now', commands: ['aws s3api undo-x'] }, { text: 'Or by hand', commands: [] }],
  terraform: ['resource "x" "y" {\n  a = "```"\n}\n</details>\n<script>\n'],
};

const plan: Plan = {
  schemaVersion: 1,
  scan: { snapshotDigest: `sha256:${'a'.repeat(64)}`, collectedAt: '2026-06-01T00:00:00.000Z', policySetDigest: `sha256:${'b'.repeat(64)}`, generator: { name: 'assay', version: 'test' } },
  steps: [hostile, { ...hostile, id: 'step-002', severity: 'low', resource: { type: 'aws.kms.key', id: 'k' }, commands: ['aws kms x'], variables: [], disruption: ['None.'], risk: 'none', disruptive: false, verify: [], rollback: [], terraform: [] }],
  waived: [{ policy: 'p-w', fingerprint: 'fw', resource: 'aws.s3.bucket w', reason: 'accepted\n# risk', owner: '<o>', expires: '2026-12-31' }],
  withoutCommands: [{ policy: 'p-m', fingerprint: 'fm', resource: 'aws.account 1', guidance: 'Sign in as root [here](x)' }],
};

/** Lines outside fenced code blocks: what Markdown parses as structure. */
function outsideFences(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opener = /^(`{3,})/.exec(line)?.[1];
    if (fence === undefined && opener !== undefined) fence = opener;
    else if (fence !== undefined && line === fence) fence = undefined;
    else if (fence === undefined) lines.push(line);
  }
  return lines;
}

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(plan);
  const structure = outsideFences(markdown);

  it('has exactly the headings it writes, whatever the values contain', () => {
    expect(structure.filter((l) => l.startsWith('#'))).toEqual([
      '# Assay remediation plan', '## Summary', '## Steps',
      '### step-001 · critical · Title &lt;img src=x onerror=alert(1)&gt; \\#\\# not a heading',
      '### step-002 · low · Title &lt;img src=x onerror=alert(1)&gt; \\#\\# not a heading',
      '## Waived (left out)', '## Without commands (by hand)',
    ]);
  });

  it('lets no untrusted value open a tag outside code blocks', () => {
    const tags = structure.join('\n').match(/<[a-z/][^>]*>/gi) ?? [];
    expect([...new Set(tags)].sort()).toEqual(['</code>', '</details>', '</summary>', '<code>', '<details>', '<summary>']);
    expect(structure.filter((l) => l === '<details>')).toHaveLength(1);
  });

  it('summarizes steps, disruptive steps and variables, with short digests', () => {
    expect(markdown).toContain(`Snapshot \`sha256:${'a'.repeat(12)}\` collected 2026-06-01T00:00:00.000Z`);
    expect(markdown).toContain('- 2 steps, 1 disruptive');
    expect(markdown).toContain('- Variables to set first: `TRAIL_BUCKET`');
    expect(markdown).toContain('- 1 waived failure left out; 1 failure without commands, to fix by hand');
  });

  it('shows each step\'s resource, policies, changes and disruption', () => {
    expect(markdown).toContain('- Resource: `aws.s3.bucket` <code>b \\# injected heading</code> (\\[click\\](https\\://evil.example) \\| \\*x\\*)');
    expect(markdown).toContain('- ARN: <code>arn:aws:s3:::&lt;script&gt;alert(1)&lt;/script&gt;</code>');
    expect(markdown).toContain('- Policies: `p-a`, `p-b`');
    expect(markdown).toContain('- Change one - not an item');
    expect(markdown).toContain('**Disruptive — asks for confirmation.** Risk: high.\n\n- Breaks &lt;b&gt;things&lt;/b&gt;');
    expect(markdown).toContain('Not disruptive. Risk: none.\n\n- None.');
  });

  it('fences commands longer than any backtick run, one command per line', () => {
    expect(markdown).toContain('````sh\naws s3api x --bucket \'a```b\'\necho "line rm -rf /"\n````\n');
  });

  it('shows the read-only checks and the way back', () => {
    expect(markdown).toContain("**Check that it worked** (read-only)\n\n````sh\naws s3api get-x --bucket 'b ```'\n````\n");
    expect(markdown).toContain('**Roll back**\n\n- Undo &lt;it&gt; \\# now\n\n```sh\naws s3api undo-x\n```\n\n- Or by hand\n');
  });

  it('folds Terraform guidance away in a fence its text cannot close', () => {
    expect(markdown).toContain('<details>\n<summary>Terraform guidance (a template to adapt)</summary>\n\n````hcl\nresource "x" "y" {\n  a = "```"\n}\n</details>\n<script>\n````\n\n</details>');
  });

  it('lists waived failures and failures to fix by hand, escaped', () => {
    expect(markdown).toContain('- `p-w` on aws.s3.bucket w: accepted \\# risk (owner &lt;o&gt;, expires 2026-12-31)');
    expect(markdown).toContain('- `p-m` on aws.account 1: Sign in as root \\[here\\](x)');
  });

  it('renders a real plan the same way twice, hostile resource names included', () => {
    const real = buildPlan(resultFixture('after'));
    const text = renderMarkdown(real);
    expect(text).toBe(renderMarkdown(buildPlan(resultFixture('after'))));
    expect(text.endsWith('\n')).toBe(true);
    expect(outsideFences(text).join('\n')).not.toContain('<img');
    expect(text).not.toContain('\u001b');
    expect(text.match(/^### step-\d{3} · /gm)).toHaveLength(real.steps.length);
  });

  it('says when there is nothing to run', () => {
    expect(renderMarkdown({ ...plan, steps: [], waived: [], withoutCommands: [] })).toContain('## Steps\n\nNo failing finding has commands to run.\n\n## Waived (left out)\n\nNone.\n');
  });
});
