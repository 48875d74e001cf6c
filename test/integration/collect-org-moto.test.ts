/**
 * An organization as a user collects it: `assay scan --org` and
 * `assay collect --org --accounts <file>` in a real process against moto,
 * which keeps one backend per account and enters a member account through
 * sts:AssumeRole for real. The management account is collected with its own
 * credentials; each member through the member role.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateAccountCommand, CreateOrganizationCommand, ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/findings/schema.js';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import { motoAvailable, startMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const availability = motoAvailable();
if (!availability.ok && process.env.CI === 'true') throw new Error(`the moto emulator is required under CI=true: ${availability.reason}`);

const MANAGEMENT = '123456789012';

describe.skipIf(!availability.ok)('collecting an organization against the moto emulator', () => {
  let moto: Moto;
  let dir: string;
  let prod = '';
  let staging = '';
  let openGroup = '';

  beforeAll(async () => {
    moto = await startMoto();
    dir = await mkdtemp(join(tmpdir(), 'assay-org-'));
    const config = { endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
    const organizations = new OrganizationsClient(config);
    await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    for (const name of ['prod', 'staging']) await organizations.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
    const accounts = (await organizations.send(new ListAccountsCommand({}))).Accounts ?? [];
    prod = accounts.find((a) => a.Name === 'prod')?.Id ?? '';
    staging = accounts.find((a) => a.Name === 'staging')?.Id ?? '';
    // An SSH-open security group inside prod, created with prod's own credentials.
    const assumed = await new STSClient(config).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${prod}:role/OrganizationAccountAccessRole`, RoleSessionName: 'seed' }));
    const c = assumed.Credentials;
    const ec2 = new EC2Client({ ...config, credentials: { accessKeyId: c?.AccessKeyId ?? '', secretAccessKey: c?.SecretAccessKey ?? '', sessionToken: c?.SessionToken ?? '' } });
    openGroup = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'ssh-open', Description: 'ssh from anywhere' }))).GroupId ?? '';
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: openGroup, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
  });

  afterAll(async () => {
    await moto.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('assay scan --org collects every account, entering members through the member role', async () => {
    const out = join(dir, 'org-findings.json');
    const run = await assay(['scan', '--org', '--regions', 'us-east-1', '--pack', 'cis-aws-foundations-7.0.0', '--output', `json=${out}`, '--fail-on', 'none'], moto.env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('collecting 3 accounts, 4 at a time, as OrganizationAccountAccessRole');
    for (const [id, name] of [[MANAGEMENT, 'master'], [prod, 'prod'], [staging, 'staging']]) expect(run.stderr).toMatch(new RegExp(`\\[[1-3]/3\\] ${id ?? ''} ${name ?? ''}: \\d+ resources`));
    expect(run.stderr).not.toContain('testing'); // never print credentials
    const result = JSON.parse(await readFile(out, 'utf8')) as ScanResult;
    expect([...new Set(result.findings.map((f) => f.resource.account))].sort()).toEqual([MANAGEMENT, prod, staging].sort());
    const ssh = result.findings.filter((f) => f.policy === 'aws-ec2-security-group-no-admin-ports-from-ipv4-internet' && f.status === 'FAIL');
    expect(ssh.map((f) => `${f.resource.account} ${f.resource.id}`)).toEqual([`${prod} ${openGroup}`]);
  });

  it('assay collect --org --accounts <file> collects only the shard the file names', async () => {
    const shard = join(dir, 'shard.txt');
    await writeFile(shard, `# shard 2 of 2\n${staging}\n`);
    const out = join(dir, 'shard.json.gz');
    const run = await assay(['collect', '--org', '--accounts', shard, '--regions', 'us-east-1', '-o', out], moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    expect(snapshot.scope.accounts).toEqual([staging]);
    expect(snapshot.resources.length).toBeGreaterThan(0);
    expect(snapshot.resources.every((r) => r.account === staging)).toBe(true);
  });

  it('an account outside the organization is a usage error, refused before anything is collected', async () => {
    const run = await assay(['collect', '--org', '--accounts', '999999999999', '--regions', 'us-east-1', '-o', join(dir, 'never.json')], moto.env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--accounts names 999999999999, not an active account of the organization');
  });
});
