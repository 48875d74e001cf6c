/**
 * Systems Manager collected by `assay collect` and judged by a live
 * `assay scan` — real processes, configured by environment only — against
 * the moto emulator, seeded through the SDK: three documents the account
 * owns, one shared with a named account, one shared with every AWS account
 * and one shared with no one.
 *
 * What moto 5.2.1 answers, and what Assay must make of it: its ListDocuments
 * also holds AWS's own documents, which the Owner Self filter leaves out;
 * it implements neither DescribeInstanceInformation nor
 * ListResourceComplianceSummaries nor GetServiceSetting (managed nodes
 * cannot be created in it at all), so the managed-node listing fails its
 * coverage and the region's two Systems Manager settings are unreadable:
 * SSM.1 is ERROR on a running instance, never FAIL or PASS, and SSM.6 and
 * SSM.7 are ERROR, never their defaults.
 */
import { join } from 'node:path';
import { CreateDocumentCommand, ModifyDocumentPermissionCommand, SSMClient } from '@aws-sdk/client-ssm';
import { EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const content = JSON.stringify({ schemaVersion: '2.2', description: 'bench', mainSteps: [{ action: 'aws:runShellScript', name: 'run', inputs: { runCommand: ['echo not-the-content-marker'] } }] });
const seeded: { instanceId: string | undefined } = { instanceId: undefined };

async function seed(moto: Moto): Promise<void> {
  const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };
  const ssm = new SSMClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials });
  for (const name of ['Deploy-App', 'Rotate-Logs', 'Collect-Diagnostics']) {
    await ssm.send(new CreateDocumentCommand({ Name: name, Content: content, DocumentType: 'Command', DocumentFormat: 'JSON', Tags: [{ Key: 'team', Value: 'platform' }] }));
  }
  await ssm.send(new ModifyDocumentPermissionCommand({ Name: 'Deploy-App', PermissionType: 'Share', AccountIdsToAdd: ['210987654321'] }));
  await ssm.send(new ModifyDocumentPermissionCommand({ Name: 'Rotate-Logs', PermissionType: 'Share', AccountIdsToAdd: ['all'] }));
  const ec2 = new EC2Client({ endpoint: moto.endpoint, region: 'us-east-1', credentials });
  const run = await ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1, InstanceType: 't3.micro' }));
  seeded.instanceId = run.Instances?.[0]?.InstanceId;
}

describe.skipIf(!ready)('Systems Manager against the moto emulator', () => {
  const fixture = useMoto('assay-moto-ssm-', seed);

  it('assay collect writes the owned documents with their sharing, never their content, and no managed node it could not list', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const docs = snapshot.resources.filter((r) => r.type === 'aws.ssm.document');
    expect(docs.map((d) => d.id).sort()).toEqual(['Collect-Diagnostics', 'Deploy-App', 'Rotate-Logs']);
    expect(docs.every((d) => d.errors === undefined)).toBe(true);
    expect(JSON.stringify(docs)).not.toContain('not-the-content-marker');
    const doc = (id: string) => docs.find((d) => d.id === id);
    expect(doc('Deploy-App')).toMatchObject({ tags: { team: 'platform' } });
    expect(doc('Deploy-App')?.data).toMatchObject({ name: 'Deploy-App', documentType: 'Command', documentFormat: 'JSON', sharedWithAccountIds: ['210987654321'] });
    expect(doc('Rotate-Logs')?.data).toMatchObject({ sharedWithAccountIds: ['all'] });
    expect(doc('Collect-Diagnostics')?.data).toMatchObject({ sharedWithAccountIds: [] });
    expect(snapshot.coverage.filter((c) => c.type === 'aws.ssm.document').map((c) => c.status)).toEqual(['complete']);
    // moto has no DescribeInstanceInformation: the listing failed, never "no managed nodes".
    expect(snapshot.resources.filter((r) => r.type === 'aws.ssm.managed-instance')).toEqual([]);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.ssm.managed-instance').map((c) => c.status)).toEqual(['failed']);
    // moto has no GetServiceSetting: both settings are named unreadable on the region.
    const region = snapshot.resources.find((r) => r.type === 'aws.region' && r.id === 'us-east-1');
    expect(region?.errors?.filter((e) => e.operation === 'ssm:GetServiceSetting').map((e) => e.path).sort()).toEqual(['ssmAutomationLogDestination', 'ssmDocumentPublicSharing']);
  });

  it('a live assay scan gives the Systems Manager verdicts, ERROR where moto cannot answer', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string | undefined): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-ssm-document-not-public', 'Deploy-App')).toBe('PASS');
    expect(statusOf('aws-ssm-document-not-public', 'Collect-Diagnostics')).toBe('PASS');
    expect(statusOf('aws-ssm-document-not-public', 'Rotate-Logs')).toBe('FAIL');
    expect(statusOf('aws-ec2-instance-managed-by-ssm', seeded.instanceId)).toBe('ERROR');
    expect(statusOf('aws-ssm-automation-cloudwatch-logging', 'us-east-1')).toBe('ERROR');
    expect(statusOf('aws-ssm-document-public-sharing-blocked', 'us-east-1')).toBe('ERROR');
  });
});
