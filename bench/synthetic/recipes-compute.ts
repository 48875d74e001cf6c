/**
 * Serverless compute: Lambda functions on supported and deprecated
 * runtimes and container images, in and out of VPCs (subnets in one zone
 * or several, some not in the snapshot), traced or not, with and without a
 * dead-letter queue or on-failure destination, and with no policy, a
 * policy for one account, an S3 grant without a source account, or a
 * public function URL; code signing that enforces, only warns, or none.
 * Layer versions: private, shared with an account or organization, or
 * public.
 */
import { autoscalingGroup } from '../../src/resources/types/autoscaling-group.js';
import { autoscalingLaunchConfiguration } from '../../src/resources/types/autoscaling-launch-configuration.js';
import { lambdaFunction } from '../../src/resources/types/lambda-function.js';
import { lambdaLayerVersion } from '../../src/resources/types/lambda-layer-version.js';
import { daysAgo, defineRecipe, denied, field, refsOr, type Recipe, type Variation } from './recipe.js';

const example = lambdaFunction.example;
const policies = {
  none: null,
  account: example.policy,
  s3AnyAccount: {
    Version: '2012-10-17', Id: 'default',
    Statement: [{ Sid: 's3-invoke', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: example.functionArn, Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::example-uploads' } } }],
  },
  publicUrl: {
    Version: '2012-10-17', Id: 'default',
    Statement: [{ Sid: 'FunctionURLAllowPublicAccess', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: example.functionArn, Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } }],
  },
} as const;

export const lambdaFunctionRecipe: Recipe = defineRecipe({
  definition: lambdaFunction,
  weight: 30,
  vary(rng): Variation<typeof lambdaFunction.data> {
    const image = rng.chance(0.15);
    const inVpc = rng.chance(0.5);
    const subnetCount = rng.int(1, 3);
    return {
      data: {
        packageType: image ? 'Image' : 'Zip',
        runtime: image ? null : rng.pick(['python3.13', 'python3.12', 'nodejs22.x', 'java21', 'provided.al2023', 'nodejs16.x', 'python3.8', 'go1.x']),
        vpcConfig: inVpc ? { vpcId: 'vpc-0a1b2c3d4e5f67890', subnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0b1c2d3e4f5a67890', 'subnet-0c1d2e3f4a5b67890'].slice(0, subnetCount), securityGroupIds: ['sg-0a1b2c3d4e5f67890'] } : null,
        tracingMode: rng.chance(0.3) ? 'Active' : 'PassThrough',
        deadLetterTargetArn: rng.chance(0.2) ? 'arn:aws:sqs:us-east-1:123456789012:function-dlq' : null,
        onFailureDestination: rng.chance(0.3) ? example.onFailureDestination : null,
        ...(rng.chance(0.15)
          ? { codeSigningConfigArn: example.codeSigningConfigArn, codeSigning: { ...example.codeSigning, untrustedArtifactOnDeployment: rng.pick(['Warn', 'Enforce'] as const) } }
          : { codeSigningConfigArn: null, codeSigning: null }),
        architectures: [rng.pick(['x86_64', 'arm64'] as const)],
        lastModified: daysAgo(rng.int(1, 1500)),
        policy: policies[rng.pick(['none', 'none', 'account', 's3AnyAccount', 'publicUrl'] as const)],
      },
      ...(rng.chance(0.04) ? { errors: [denied('policy', 'lambda:GetPolicy', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const functionName = `function-${seq}`;
    const functionArn = `arn:aws:lambda:${place.region}:${place.account}:function:${functionName}`;
    const vpc = field(template, 'vpcConfig') as { vpcId: string; subnetIds: string[]; securityGroupIds: string[] } | null | undefined;
    const subnetIds = vpc === null || vpc === undefined ? undefined : refsOr(refs.ids('aws.ec2.subnet', place.account, place.region), rng, vpc.subnetIds.length, vpc.subnetIds);
    return {
      id: functionName,
      arn: functionArn,
      data: {
        functionName, functionArn, role: `arn:aws:iam::${place.account}:role/${functionName}`,
        ...(vpc === null || vpc === undefined || subnetIds === undefined ? {} : { vpcConfig: { ...vpc, subnetIds } }),
      },
    };
  },
});

const layerPolicy = (principal: unknown, condition?: object) => ({
  Version: '2012-10-17', Id: 'default',
  Statement: [{ Sid: 'share', Effect: 'Allow', Principal: principal, Action: 'lambda:GetLayerVersion', Resource: lambdaLayerVersion.example.layerVersionArn, ...(condition === undefined ? {} : { Condition: condition }) }],
});

export const lambdaLayerVersionRecipe: Recipe = defineRecipe({
  definition: lambdaLayerVersion,
  weight: 6,
  vary(rng): Variation<typeof lambdaLayerVersion.data> {
    return {
      data: {
        version: rng.int(1, 40),
        compatibleRuntimes: rng.chance(0.2) ? [] : [rng.pick(['python3.13', 'nodejs22.x', 'java21'])],
        policy: rng.pick([
          null, null, lambdaLayerVersion.example.policy,
          layerPolicy('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
          layerPolicy('*'),
        ]),
      },
      ...(rng.chance(0.04) ? { errors: [denied('policy', 'lambda:GetLayerVersionPolicy', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place, template) {
    const layerName = `layer-${seq}`;
    const version = field(template, 'version') as number;
    const layerVersionArn = `arn:aws:lambda:${place.region}:${place.account}:layer:${layerName}:${version}`;
    return { id: `${layerName}:${version}`, arn: layerVersionArn, data: { layerName, layerVersionArn } };
  },
});

/**
 * Auto Scaling groups: launch templates, mixed instances policies (by type
 * or by attributes) and launch configurations, in one to three zones,
 * with and without load balancers and ELB health checks.
 */
export const autoscalingGroupRecipe: Recipe = defineRecipe({
  definition: autoscalingGroup,
  weight: 6,
  vary(rng): Variation<typeof autoscalingGroup.data> {
    const zones = ['us-east-1a', 'us-east-1b', 'us-east-1c'].slice(0, rng.int(1, 3));
    const source = rng.pick(['template', 'mixed', 'mixed', 'configuration'] as const);
    const types = ['m7g.large', 'm6g.large', 'c7g.large'].slice(0, rng.int(1, 3));
    const attributeBased = rng.chance(0.2);
    const targetGroup = rng.chance(0.5) ? autoscalingGroup.example.targetGroupArns : [];
    const classic = rng.chance(0.15) ? ['classic-lb'] : [];
    return {
      data: {
        availabilityZones: zones,
        availabilityZoneCount: zones.length,
        healthCheckTypes: rng.chance(0.6) ? ['ELB'] : rng.pick([['EC2'], ['EC2', 'EBS']] as const).slice(),
        loadBalancerNames: classic,
        targetGroupArns: targetGroup,
        trafficSources: [...classic.map((identifier) => ({ identifier, type: 'elb' as const })), ...targetGroup.map((identifier) => ({ identifier, type: 'elbv2' as const }))],
        launchTemplate: source === 'template' ? { id: 'lt-0a1b2c3d4e5f67890', name: 'app', version: '$Default' } : null,
        launchConfigurationName: source === 'configuration' ? 'app-launch-configuration' : null,
        mixedInstancesPolicy: source === 'mixed'
          ? { launchTemplate: { id: 'lt-0a1b2c3d4e5f67890', name: 'app', version: '$Latest' }, overrideInstanceTypes: attributeBased ? [] : types, overrideInstanceTypeCount: attributeBased ? 0 : types.length, attributeBased }
          : null,
      },
      ...(rng.chance(0.03) ? { errors: [{ path: 'trafficSources', code: 'IncompleteResponse', operation: 'autoscaling:DescribeAutoScalingGroups', message: 'the answer has no TrafficSources' }] } : {}),
    };
  },
  identify(seq, place) {
    const name = `asg-${seq}`;
    const arn = `arn:aws:autoscaling:${place.region}:${place.account}:autoScalingGroup:00000000-0000-4000-8000-${String(seq).padStart(12, '0')}:autoScalingGroupName/${name}`;
    return { id: name, arn, data: { name, arn } };
  },
});

/** Launch configurations: metadata options, public IPs and volume encryption set, unset or off. */
export const autoscalingLaunchConfigurationRecipe: Recipe = defineRecipe({
  definition: autoscalingLaunchConfiguration,
  weight: 4,
  vary(rng): Variation<typeof autoscalingLaunchConfiguration.data> {
    return {
      data: {
        metadataOptions: {
          httpTokens: rng.pick(['required', 'optional', null] as const),
          httpPutResponseHopLimit: rng.pick([1, 2, null] as const),
          httpEndpoint: rng.pick(['enabled', null] as const),
        },
        associatePublicIpAddress: rng.pick([false, true, null] as const),
        ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: rng.pick([true, false, null] as const), snapshotId: null }],
        createdTime: daysAgo(rng.int(200, 2500)),
      },
    };
  },
  identify(seq, place) {
    const name = `launch-configuration-${seq}`;
    const arn = `arn:aws:autoscaling:${place.region}:${place.account}:launchConfiguration:00000000-0000-4000-8000-${String(seq).padStart(12, '0')}:launchConfigurationName/${name}`;
    return { id: name, arn, data: { name, arn } };
  },
});
