/**
 * Machine learning and build pipelines: SageMaker notebook instances in a
 * VPC or not, with and without internet and root, on current and
 * deprecated platforms; endpoint configurations of one, two or serverless
 * capacity; models isolated or not; CodeBuild projects with credentials in
 * a URL or plain-text keys, logs anywhere or nowhere; report groups
 * exporting encrypted, unencrypted or not at all; state machines logging
 * at every level.
 */
import { codebuildProject } from '../../src/resources/types/codebuild-project.js';
import { codebuildReportGroup } from '../../src/resources/types/codebuild-report-group.js';
import { sagemakerEndpointConfig } from '../../src/resources/types/sagemaker-endpoint-config.js';
import { sagemakerModel } from '../../src/resources/types/sagemaker-model.js';
import { sagemakerNotebookInstance } from '../../src/resources/types/sagemaker-notebook-instance.js';
import { sfnStateMachine } from '../../src/resources/types/sfn-state-machine.js';
import { daysAgo, defineRecipe, denied, type Recipe, type Variation } from './recipe.js';

const regional = (service: string, place: { region: string; account: string }, resource: string): string => `arn:aws:${service}:${place.region}:${place.account}:${resource}`;

export const sagemakerNotebookInstanceRecipe: Recipe = defineRecipe({
  definition: sagemakerNotebookInstance,
  weight: 3,
  vary(rng): Variation<typeof sagemakerNotebookInstance.data> {
    const inVpc = rng.chance(0.6);
    return {
      data: {
        status: rng.pick(['InService', 'InService', 'Stopped'] as const),
        createdAt: daysAgo(rng.int(1, 2000)),
        subnetId: inVpc ? sagemakerNotebookInstance.example.subnetId : null,
        directInternetAccess: inVpc && rng.chance(0.7) ? 'Disabled' : 'Enabled',
        rootAccess: rng.chance(0.5) ? 'Disabled' : 'Enabled',
        platformIdentifier: rng.pick(['notebook-al2023-v1', 'notebook-al2-v3', 'notebook-al2-v2', 'notebook-al2-v1', 'notebook-al1-v1']),
        kmsKeyId: rng.chance(0.5) ? sagemakerNotebookInstance.example.kmsKeyId : null,
      },
      ...(rng.chance(0.04) ? { errors: [denied('rootAccess', 'sagemaker:DescribeNotebookInstance', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `notebook-${seq}`;
    const arn = regional('sagemaker', place, `notebook-instance/${name}`);
    return { id: name, arn, data: { name, arn } };
  },
});

export const sagemakerEndpointConfigRecipe: Recipe = defineRecipe({
  definition: sagemakerEndpointConfig,
  weight: 3,
  vary(rng): Variation<typeof sagemakerEndpointConfig.data> {
    const serverless = rng.chance(0.2);
    return {
      data: {
        createdAt: daysAgo(rng.int(1, 1500)),
        productionVariants: serverless
          ? [{ name: 'AllTraffic', instanceType: null, initialInstanceCount: null }]
          : [{ name: 'AllTraffic', instanceType: 'ml.m5.large', initialInstanceCount: rng.pick([1, 1, 2, 3]) }],
      },
      ...(rng.chance(0.04) ? { errors: [denied('productionVariants', 'sagemaker:DescribeEndpointConfig', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `endpoint-config-${seq}`;
    const arn = regional('sagemaker', place, `endpoint-config/${name}`);
    return { id: name, arn, data: { name, arn } };
  },
});

export const sagemakerModelRecipe: Recipe = defineRecipe({
  definition: sagemakerModel,
  weight: 4,
  vary(rng): Variation<typeof sagemakerModel.data> {
    return {
      data: { createdAt: daysAgo(rng.int(1, 1500)), networkIsolationEnabled: rng.chance(0.4), vpcSubnetIds: rng.chance(0.5) ? sagemakerModel.example.vpcSubnetIds : null },
      ...(rng.chance(0.04) ? { errors: [denied('networkIsolationEnabled', 'sagemaker:DescribeModel', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `model-${seq}`;
    const arn = regional('sagemaker', place, `model/${name}`);
    return { id: name, arn, data: { name, arn } };
  },
});

export const codebuildProjectRecipe: Recipe = defineRecipe({
  definition: codebuildProject,
  weight: 6,
  vary(rng): Variation<typeof codebuildProject.data> {
    const token = rng.chance(0.15);
    const s3 = rng.chance(0.5);
    return {
      data: {
        createdAt: daysAgo(rng.int(1, 3000)),
        sources: [token
          ? { sourceIdentifier: null, type: 'BITBUCKET', location: 'https://redacted@bitbucket.org/acme/app.git', hasUserInfo: true }
          : { sourceIdentifier: null, type: 'GITHUB', location: 'https://github.com/acme/app.git', hasUserInfo: false }],
        environmentVariables: rng.chance(0.1)
          ? [{ name: 'AWS_ACCESS_KEY_ID', type: 'PLAINTEXT', plaintextAwsCredential: true }, { name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT', plaintextAwsCredential: true }]
          : [{ name: 'STAGE', type: 'PLAINTEXT', plaintextAwsCredential: false }],
        cloudWatchLogsStatus: rng.chance(0.8) ? 'ENABLED' : 'DISABLED',
        s3LogsStatus: s3 ? 'ENABLED' : 'DISABLED',
        s3LogsLocation: s3 ? 'acme-build-logs/app' : null,
        s3LogsEncryptionDisabled: s3 ? rng.chance(0.3) : null,
      },
      ...(rng.chance(0.04) ? { errors: [denied('environmentVariables', 'codebuild:BatchGetProjects', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `project-${seq}`;
    const arn = regional('codebuild', place, `project/${name}`);
    return { id: name, arn, data: { name, arn } };
  },
});

export const codebuildReportGroupRecipe: Recipe = defineRecipe({
  definition: codebuildReportGroup,
  weight: 4,
  vary(rng): Variation<typeof codebuildReportGroup.data> {
    const exported = rng.chance(0.6);
    const encrypted = exported && rng.chance(0.6);
    return {
      data: {
        type: rng.pick(['TEST', 'CODE_COVERAGE'] as const),
        createdAt: daysAgo(rng.int(1, 2000)),
        exportType: exported ? 'S3' : 'NO_EXPORT',
        s3Bucket: exported ? 'acme-test-reports' : null,
        s3EncryptionDisabled: exported ? !encrypted : null,
        s3EncryptionKey: encrypted ? codebuildReportGroup.example.s3EncryptionKey : null,
      },
      ...(rng.chance(0.04) ? { errors: [denied('s3EncryptionDisabled', 'codebuild:BatchGetReportGroups', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `report-group-${seq}`;
    const arn = regional('codebuild', place, `report-group/${name}`);
    return { id: name, arn, data: { name, arn } };
  },
});

export const sfnStateMachineRecipe: Recipe = defineRecipe({
  definition: sfnStateMachine,
  weight: 5,
  vary(rng): Variation<typeof sfnStateMachine.data> {
    const level = rng.pick(['ALL', 'ERROR', 'ERROR', 'FATAL', 'OFF', 'OFF'] as const);
    return {
      data: {
        type: rng.pick(['STANDARD', 'STANDARD', 'EXPRESS'] as const),
        createdAt: daysAgo(rng.int(1, 2000)),
        loggingLevel: level,
        includeExecutionData: level !== 'OFF' && rng.chance(0.3),
        logGroupArns: level === 'OFF' ? [] : sfnStateMachine.example.logGroupArns,
        tracingEnabled: rng.chance(0.4),
      },
      ...(rng.chance(0.04) ? { errors: [denied('loggingLevel', 'states:DescribeStateMachine', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `state-machine-${seq}`;
    const arn = regional('states', place, `stateMachine:${name}`);
    return { id: name, arn, data: { name, arn } };
  },
});
