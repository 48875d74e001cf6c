import { defineResourceType } from '../define.js';
import { list, nullable, obj, oneOf, policyDocument, str, timestamp } from '../fields.js';

export const lambdaFunction = defineResourceType({
  type: 'aws.lambda.function',
  service: 'lambda',
  scope: 'regional',
  awsTypes: ['AWS::Lambda::Function'],
  description: 'A Lambda function (its unpublished $LATEST configuration) with its runtime, network placement, asynchronous failure handling, tracing, code signing configuration and resource-based policy.',
  idDescription: 'the function name (the ARN is on the resource)',
  data: obj({
    functionName: str('Function name (ListFunctions FunctionName).'),
    functionArn: str('Function ARN without a version qualifier (ListFunctions FunctionArn).'),
    runtime: nullable(str('Runtime identifier such as python3.13 or nodejs22.x (ListFunctions Runtime); null for a container-image function (packageType Image), which brings its own runtime.')),
    packageType: oneOf(['Zip', 'Image'], 'Deployment package type (ListFunctions PackageType): a .zip archive or a container image.'),
    role: str('Execution role ARN the function runs as (ListFunctions Role).'),
    vpcConfig: nullable(obj({
      vpcId: str('VPC the function connects to (VpcConfig.VpcId).'),
      subnetIds: list(str('Subnet id (subnet-…).'), 'Subnets Lambda places the function\'s network interfaces in (VpcConfig.SubnetIds).'),
      securityGroupIds: list(str('Security group id (sg-…).'), 'Security groups of those interfaces (VpcConfig.SecurityGroupIds).'),
    }, 'VPC connection of the function.')),
    deadLetterTargetArn: nullable(str('SQS queue or SNS topic that receives events of failed asynchronous invocations (ListFunctions DeadLetterConfig.TargetArn); null when none is set.')),
    onFailureDestination: nullable(str('Destination of asynchronous invocations that failed (GetFunctionEventInvokeConfig DestinationConfig.OnFailure.Destination); null when the function has no event invoke configuration or it names no on-failure destination.')),
    codeSigningConfigArn: nullable(str('Code signing configuration that checks deployment packages (GetFunctionCodeSigningConfig CodeSigningConfigArn); null when the function has none.')),
    codeSigning: nullable(obj({
      allowedPublishers: list(str('Signing profile version ARN.'), 'Signing profile versions whose signatures the configuration trusts (GetCodeSigningConfig CodeSigningConfig.AllowedPublishers.SigningProfileVersionArns).'),
      untrustedArtifactOnDeployment: oneOf(['Warn', 'Enforce'], 'What Lambda does with a deployment package that fails the signature checks (GetCodeSigningConfig CodeSigningConfig.CodeSigningPolicies.UntrustedArtifactOnDeployment): Enforce refuses it; Warn deploys it and only logs.'),
    }, 'The code signing configuration the function names (GetCodeSigningConfig on codeSigningConfigArn); null when the function names none.')),
    tracingMode: oneOf(['Active', 'PassThrough'], 'X-Ray tracing mode (ListFunctions TracingConfig.Mode): Active samples and traces invocations; PassThrough traces only requests an upstream service already sampled.'),
    architectures: list(oneOf(['x86_64', 'arm64'], 'Instruction set architecture.'), 'Instruction set architectures of the function (ListFunctions Architectures).'),
    lastModified: timestamp('When the function\'s configuration or code last changed (ListFunctions LastModified), as ISO 8601 UTC.'),
    policy: nullable(policyDocument('Resource-based policy of the function (GetPolicy Policy): who else may invoke or manage it; null when the function has none, so only identities of its own account with IAM permissions may call it.')),
  }, 'Lambda function settings.'),
  example: {
    functionName: 'order-processor',
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:order-processor',
    runtime: 'python3.13',
    packageType: 'Zip',
    role: 'arn:aws:iam::123456789012:role/order-processor',
    vpcConfig: {
      vpcId: 'vpc-0a1b2c3d4e5f67890',
      subnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0b1c2d3e4f5a67890'],
      securityGroupIds: ['sg-0a1b2c3d4e5f67890'],
    },
    deadLetterTargetArn: null,
    onFailureDestination: 'arn:aws:sqs:us-east-1:123456789012:order-processor-failures',
    codeSigningConfigArn: 'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0',
    codeSigning: {
      allowedPublishers: ['arn:aws:signer:us-east-1:123456789012:/signing-profiles/releases/a1b2c3d4e5'],
      untrustedArtifactOnDeployment: 'Enforce',
    },
    tracingMode: 'Active',
    architectures: ['arm64'],
    lastModified: '2025-01-15T10:30:00.000Z',
    policy: {
      Version: '2012-10-17',
      Id: 'default',
      Statement: [{
        Sid: 'orders-bucket',
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
        Resource: 'arn:aws:lambda:us-east-1:123456789012:function:order-processor',
        Condition: { StringEquals: { 'AWS:SourceAccount': '123456789012' }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::example-orders' } },
      }],
    },
  },
});
