/** sagemakerNotebookInstances through the real SageMaker client, fed recorded JSON-protocol answers (SageMaker.* targets). */
import { describe, expect, it } from 'vitest';
import { sagemakerNotebookInstances } from './notebook-instances.js';
import { byTarget, json, jsonError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import type { Resource } from '../../../resources/resource.js';

const arn = (name: string): string => `arn:aws:sagemaker:us-east-1:${ACCOUNT}:notebook-instance/${name}`;
const LIST = 'SageMaker.ListNotebookInstances';
const DESCRIBE = 'SageMaker.DescribeNotebookInstance';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

/** A notebook instance as DescribeNotebookInstance answers it (epoch seconds for timestamps). */
const notebook = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  NotebookInstanceArn: arn(name), NotebookInstanceName: name, NotebookInstanceStatus: 'InService', Url: `${name}.notebook.us-east-1.sagemaker.aws`, InstanceType: 'ml.t3.medium',
  SubnetId: 'subnet-0a1b2c3d4e5f67890', SecurityGroups: ['sg-0a1b2c3d4e5f67890'], RoleArn: `arn:aws:iam::${ACCOUNT}:role/sagemaker-notebooks`, KmsKeyId: KEY,
  NetworkInterfaceId: 'eni-0a1b2c3d4e5f67890', LastModifiedTime: 1748768400, CreationTime: 1748768400, DirectInternetAccess: 'Disabled', VolumeSizeInGB: 5, RootAccess: 'Disabled',
  PlatformIdentifier: 'notebook-al2023-v1', InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '2' }, ...extra,
});

const NOTEBOOKS: Record<string, Record<string, unknown>> = {
  research: notebook('research'),
  // Created from the console's defaults: no VPC, internet through SageMaker's VPC, root access, an old platform.
  scratch: notebook('scratch', { SubnetId: undefined, SecurityGroups: undefined, NetworkInterfaceId: undefined, KmsKeyId: undefined, DirectInternetAccess: 'Enabled', RootAccess: 'Enabled', PlatformIdentifier: 'notebook-al2-v1', NotebookInstanceStatus: 'Stopped' }),
  training: notebook('training', { PlatformIdentifier: 'notebook-al2-v3' }),
};

const summary = (name: string): Record<string, unknown> => ({ NotebookInstanceName: name, NotebookInstanceArn: arn(name), NotebookInstanceStatus: 'InService', InstanceType: 'ml.t3.medium', CreationTime: 1748768400 });

function routes(overrides: Route[] = [], notebooks = NOTEBOOKS): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListNotebookInstances', match: byTarget(LIST),
      respond: (r) => (r.params.NextToken === undefined
        ? json({ NotebookInstances: [summary('research'), summary('scratch')], NextToken: 'page-2' })
        : json({ NotebookInstances: [summary('training')] })),
    },
    {
      name: 'DescribeNotebookInstance', match: byTarget(DESCRIBE),
      respond: (r): RecordedResponse => {
        const found = notebooks[String(r.params.NotebookInstanceName)];
        return found === undefined ? jsonError('ValidationException', 'RecordNotFound') : json(found);
      },
    },
  ];
}

const notebooksOf = (resources: readonly Resource[]): Resource[] => resources.filter((r) => r.type === 'aws.sagemaker.notebook-instance');

describe('sagemakerNotebookInstances', () => {
  it('follows NextToken through ListNotebookInstances and maps each description to a valid resource', async () => {
    const run = await collectRecorded([sagemakerNotebookInstances], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => [r.params.MaxResults, r.params.NextToken])).toEqual([[100, undefined], [100, 'page-2']]);
    const notebooks = notebooksOf(run.snapshot.resources);
    expect(notebooks.map((n) => n.id).sort()).toEqual(['research', 'scratch', 'training']);
    expect(notebooks.every((n) => n.errors === undefined)).toBe(true);
    expect(notebooks.find((n) => n.id === 'research')).toMatchObject({ arn: arn('research') });
    expect(notebooks.find((n) => n.id === 'research')?.data).toEqual({
      name: 'research', arn: arn('research'), status: 'InService', instanceType: 'ml.t3.medium', createdAt: '2025-06-01T09:00:00.000Z', subnetId: 'subnet-0a1b2c3d4e5f67890',
      directInternetAccess: 'Disabled', rootAccess: 'Disabled', platformIdentifier: 'notebook-al2023-v1', kmsKeyId: KEY,
    });
    // No VPC and no key of its own: null, not an error.
    expect(notebooks.find((n) => n.id === 'scratch')?.data).toMatchObject({ status: 'Stopped', subnetId: null, kmsKeyId: null, directInternetAccess: 'Enabled', rootAccess: 'Enabled', platformIdentifier: 'notebook-al2-v1' });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.sagemaker.notebook-instance', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('records a notebook deleted after the listing as a failure on its fields, never leaves it out', async () => {
    const { training: _gone, ...rest } = NOTEBOOKS;
    const run = await collectRecorded([sagemakerNotebookInstances], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const training = notebooksOf(run.snapshot.resources).find((n) => n.id === 'training');
    expect(training?.data).toEqual({ name: 'training' });
    expect(training?.arn).toBe(arn('training'));
    expect(training?.errors?.map((e) => [e.path, e.code])).toEqual([...['arn', 'status', 'instanceType', 'createdAt', 'subnetId', 'directInternetAccess', 'rootAccess', 'platformIdentifier', 'kmsKeyId'].map((p) => [p, 'ValidationException'])]);
  });

  it('records AccessDenied on DescribeNotebookInstance on every field it fills, never a notebook without internet access', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === DESCRIBE && r.params.NotebookInstanceName === 'scratch', respond: jsonError('AccessDeniedException', 'not authorized to perform: sagemaker:DescribeNotebookInstance') };
    const run = await collectRecorded([sagemakerNotebookInstances], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const scratch = run.snapshot.resources.find((r) => r.id === 'scratch');
    expect(scratch?.data).toEqual({ name: 'scratch' });
    expect(scratch?.errors).toEqual(['arn', 'status', 'instanceType', 'createdAt', 'subnetId', 'directInternetAccess', 'rootAccess', 'platformIdentifier', 'kmsKeyId']
      .map((path) => ({ path, code: 'AccessDeniedException', message: 'not authorized to perform: sagemaker:DescribeNotebookInstance', operation: 'sagemaker:DescribeNotebookInstance' })));
    expect(run.snapshot.resources.find((r) => r.id === 'research')?.errors).toBeUndefined();
  });

  it('marks coverage failed when ListNotebookInstances is denied', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: sagemaker:ListNotebookInstances') };
    const run = await collectRecorded([sagemakerNotebookInstances], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.sagemaker.notebook-instance', status: 'failed', reason: 'AccessDeniedException on sagemaker:ListNotebookInstances: not authorized to perform: sagemaker:ListNotebookInstances' })]);
  });

  it('fails only the fields an incomplete description leaves out: no root access setting is unknown, not Disabled', async () => {
    const partial = { ...NOTEBOOKS, research: notebook('research', { RootAccess: undefined, DirectInternetAccess: 'Sometimes', PlatformIdentifier: undefined }) };
    const run = await collectRecorded([sagemakerNotebookInstances], routes([], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const research = run.snapshot.resources.find((r) => r.id === 'research');
    expect(research?.errors?.map((e) => [e.path, e.code])).toEqual([['directInternetAccess', 'IncompleteResponse'], ['rootAccess', 'IncompleteResponse'], ['platformIdentifier', 'IncompleteResponse']]);
    expect(research?.data).toMatchObject({ subnetId: 'subnet-0a1b2c3d4e5f67890', kmsKeyId: KEY });
  });
});

describe('sagemakerNotebookInstances call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(sagemakerNotebookInstances)).toEqual([]);
  });
});
