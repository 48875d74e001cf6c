/**
 * SageMaker, CodeBuild and Step Functions (AWS JSON protocols) for the fake
 * account, two of each kind in every region: the first run as the controls
 * ask, the second on old defaults. SageMaker: notebook instances (in a
 * subnet, no internet, no root, Amazon Linux 2023; or none of that on
 * Amazon Linux 1), endpoint configurations (two instances, or one), models
 * (isolated or not). CodeBuild: projects (a clean GitHub URL and encrypted
 * logs; or a token in a Bitbucket URL, plain-text keys and no logs) and
 * report groups (an encrypted export, or an unencrypted one). Step
 * Functions: state machines logging errors, or not at all.
 */
import { ACCOUNT, keyId, type Estate } from './estate.js';
import { json, jsonError, type Answer, type WireRequest } from './wire.js';

export const NOTEBOOKS_PER_REGION = 2;
export const ENDPOINT_CONFIGS_PER_REGION = 2;
export const MODELS_PER_REGION = 2;
export const PROJECTS_PER_REGION = 2;
export const REPORT_GROUPS_PER_REGION = 2;
export const STATE_MACHINES_PER_REGION = 2;

const CREATED = 1_740_823_200;
const names = (estate: Estate, region: string, kind: string, count: number): string[] => {
  const r = estate.regionIndex(region);
  return r < 0 ? [] : Array.from({ length: count }, (_, i) => `bench-${r}-${kind}-${i}`);
};
const arnIn = (service: string, region: string, resource: string): string => `arn:aws:${service}:${region}:${ACCOUNT}:${resource}`;

function notebook(region: string, name: string, hardened: boolean): Record<string, unknown> {
  return {
    NotebookInstanceArn: arnIn('sagemaker', region, `notebook-instance/${name}`), NotebookInstanceName: name, NotebookInstanceStatus: 'InService', InstanceType: 'ml.t3.medium',
    CreationTime: CREATED, LastModifiedTime: CREATED, RoleArn: `arn:aws:iam::${ACCOUNT}:role/bench-notebooks`, VolumeSizeInGB: 5,
    DirectInternetAccess: hardened ? 'Disabled' : 'Enabled', RootAccess: hardened ? 'Disabled' : 'Enabled', PlatformIdentifier: hardened ? 'notebook-al2023-v1' : 'notebook-al1-v1',
    ...(hardened ? { SubnetId: 'subnet-0a1b2c3d4e5f67890', SecurityGroups: ['sg-0a1b2c3d4e5f67890'], KmsKeyId: keyId(0, 0) } : {}),
  };
}

export function answerSageMaker(estate: Estate, request: WireRequest): Answer {
  const { region, operation, params } = request;
  const notebooks = names(estate, region, 'notebook', NOTEBOOKS_PER_REGION);
  const configs = names(estate, region, 'endpoint-config', ENDPOINT_CONFIGS_PER_REGION);
  const models = names(estate, region, 'model', MODELS_PER_REGION);
  if (operation === 'ListNotebookInstances') return json({ NotebookInstances: notebooks.map((n) => ({ NotebookInstanceName: n, NotebookInstanceArn: arnIn('sagemaker', region, `notebook-instance/${n}`), CreationTime: CREATED })) });
  if (operation === 'ListEndpointConfigs') return json({ EndpointConfigs: configs.map((n) => ({ EndpointConfigName: n, EndpointConfigArn: arnIn('sagemaker', region, `endpoint-config/${n}`), CreationTime: CREATED })) });
  if (operation === 'ListModels') return json({ Models: models.map((n) => ({ ModelName: n, ModelArn: arnIn('sagemaker', region, `model/${n}`), CreationTime: CREATED })) });
  if (operation === 'DescribeNotebookInstance') {
    const i = notebooks.indexOf(String(params.NotebookInstanceName));
    return i < 0 ? jsonError('ValidationException', 'RecordNotFound') : json(notebook(region, String(params.NotebookInstanceName), i === 0));
  }
  if (operation === 'DescribeEndpointConfig') {
    const name = String(params.EndpointConfigName);
    const i = configs.indexOf(name);
    if (i < 0) return jsonError('ValidationException', 'Could not find endpoint configuration');
    return json({ EndpointConfigName: name, EndpointConfigArn: arnIn('sagemaker', region, `endpoint-config/${name}`), CreationTime: CREATED, ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: models[0], InitialInstanceCount: i === 0 ? 2 : 1, InstanceType: 'ml.m5.large' }] });
  }
  if (operation === 'DescribeModel') {
    const name = String(params.ModelName);
    const i = models.indexOf(name);
    if (i < 0) return jsonError('ValidationException', 'Could not find model');
    return json({ ModelName: name, ModelArn: arnIn('sagemaker', region, `model/${name}`), CreationTime: CREATED, ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/bench-models`, EnableNetworkIsolation: i === 0, PrimaryContainer: { Image: 'bench/model:1' } });
  }
  return json({});
}

function project(region: string, name: string, hardened: boolean): Record<string, unknown> {
  return {
    name, arn: arnIn('codebuild', region, `project/${name}`), created: CREATED, lastModified: CREATED, serviceRole: `arn:aws:iam::${ACCOUNT}:role/bench-codebuild`,
    source: hardened ? { type: 'GITHUB', location: 'https://github.com/acme/bench.git' } : { type: 'BITBUCKET', location: 'https://bench:not-a-real-token@bitbucket.org/acme/bench.git' },
    environment: {
      type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL', privilegedMode: false,
      environmentVariables: hardened ? [{ name: 'STAGE', value: 'prod', type: 'PLAINTEXT' }] : [{ name: 'AWS_ACCESS_KEY_ID', value: 'AKIAIOSFODNN7EXAMPLE', type: 'PLAINTEXT' }],
    },
    artifacts: { type: 'NO_ARTIFACTS' },
    logsConfig: hardened
      ? { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'ENABLED', location: 'bench-build-logs/app', encryptionDisabled: false } }
      : { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'DISABLED', encryptionDisabled: false } },
    tags: [{ key: 'bench', value: 'true' }],
  };
}

function reportGroup(region: string, name: string, hardened: boolean): Record<string, unknown> {
  return {
    arn: arnIn('codebuild', region, `report-group/${name}`), name, type: 'TEST', created: CREATED, lastModified: CREATED, status: 'ACTIVE',
    exportConfig: { exportConfigType: 'S3', s3Destination: { bucket: 'bench-test-reports', packaging: 'NONE', encryptionDisabled: !hardened, ...(hardened ? { encryptionKey: arnIn('kms', region, `key/${keyId(0, 0)}`) } : {}) } },
  };
}

export function answerCodeBuild(estate: Estate, request: WireRequest): Answer {
  const { region, operation, params } = request;
  const projects = names(estate, region, 'project', PROJECTS_PER_REGION);
  const groups = names(estate, region, 'report-group', REPORT_GROUPS_PER_REGION);
  const groupArns = groups.map((g) => arnIn('codebuild', region, `report-group/${g}`));
  if (operation === 'ListProjects') return json({ projects });
  if (operation === 'ListReportGroups') return json({ reportGroups: groupArns });
  if (operation === 'BatchGetProjects') {
    const asked = (params.names as string[] | undefined) ?? [];
    return json({ projects: asked.flatMap((n) => { const i = projects.indexOf(n); return i < 0 ? [] : [project(region, n, i === 0)]; }), projectsNotFound: asked.filter((n) => !projects.includes(n)) });
  }
  if (operation === 'BatchGetReportGroups') {
    const asked = (params.reportGroupArns as string[] | undefined) ?? [];
    return json({ reportGroups: asked.flatMap((a) => { const i = groupArns.indexOf(a); return i < 0 ? [] : [reportGroup(region, groups[i] ?? '', i === 0)]; }), reportGroupsNotFound: asked.filter((a) => !groupArns.includes(a)) });
  }
  return json({});
}

export function answerSfn(estate: Estate, request: WireRequest): Answer {
  const { region, operation, params } = request;
  const machines = names(estate, region, 'state-machine', STATE_MACHINES_PER_REGION);
  const arnOf = (name: string): string => arnIn('states', region, `stateMachine:${name}`);
  if (operation === 'ListStateMachines') return json({ stateMachines: machines.map((n) => ({ stateMachineArn: arnOf(n), name: n, type: 'STANDARD', creationDate: CREATED })) }, '1.0');
  if (operation === 'DescribeStateMachine') {
    const i = machines.findIndex((n) => arnOf(n) === params.stateMachineArn);
    if (i < 0) return jsonError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${String(params.stateMachineArn)}'`);
    const name = machines[i] ?? '';
    return json({
      stateMachineArn: arnOf(name), name, status: 'ACTIVE', type: i === 0 ? 'STANDARD' : 'EXPRESS', roleArn: `arn:aws:iam::${ACCOUNT}:role/bench-sfn`, creationDate: CREATED,
      loggingConfiguration: i === 0 ? { level: 'ERROR', includeExecutionData: false, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: arnIn('logs', region, `log-group:/aws/vendedlogs/states/${name}:*`) } }] } : { level: 'OFF', includeExecutionData: false },
      tracingConfiguration: { enabled: i === 0 },
    }, '1.0');
  }
  return json({}, '1.0');
}
