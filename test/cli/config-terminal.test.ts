/**
 * What scan prints about the configuration file (its path, an expired
 * waiver's policy and owner) comes from a file a pull request may have
 * written: it reaches the terminal escaped, so it cannot start a GitHub
 * workflow command or move the cursor.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-config-terminal-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('scan output about the configuration', () => {
  it('escapes an expired waiver\'s owner before it reaches the terminal', async () => {
    const config = join(dir, 'assay.config.yaml');
    await writeFile(config, [
      'waivers:',
      '  - policy: aws-ec2-security-group-no-admin-ports-from-ipv4-internet',
      '    resources: ["*"]',
      '    reason: accepted',
      '    owner: "ops\\n::error::forged annotation\\u001b]0;title\\u0007"',
      '    expires: "2020-01-31"',
      '',
    ].join('\n'));
    const result = await runCli(['scan', '--snapshot', 'examples/demo-account.json', '--config', config, '--fail-on', 'none']);
    expect(result.code).toBe(0);
    const warning = result.stderr.split('\n').find((line) => line.includes('expired on 2020-01-31'));
    expect(warning).toContain('owner ops\\n::error::forged annotation\\x1b]0;title\\x07');
    expect(result.stderr).not.toMatch(/^\s*::error::/m);
    expect(result.stderr).not.toContain('\u001b');
  });
});
