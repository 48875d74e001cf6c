import { defineResourceType } from '../define.js';
import { int, list, nullable, obj, policyDocument, str } from '../fields.js';

export const lambdaLayerVersion = defineResourceType({
  type: 'aws.lambda.layer-version',
  service: 'lambda',
  scope: 'regional',
  awsTypes: ['AWS::Lambda::LayerVersion'],
  description: 'The latest version of a Lambda layer (as ListLayers answers it) with its resource-based policy: who else may add the layer to their functions.',
  idDescription: 'the layer name and version, name:version (the version ARN is on the resource)',
  data: obj({
    layerName: str('Layer name (ListLayers LayerName).'),
    version: int('Version number of the layer\'s latest version (ListLayers LatestMatchingVersion.Version).', { minimum: 1 }),
    layerVersionArn: str('ARN of that version (ListLayers LatestMatchingVersion.LayerVersionArn).'),
    compatibleRuntimes: list(str('Runtime identifier such as python3.13.'), 'Runtimes the version declares it works with (ListLayers LatestMatchingVersion.CompatibleRuntimes); empty when it names none.'),
    policy: nullable(policyDocument('Resource-based policy of the version (GetLayerVersionPolicy Policy): the accounts, organizations or everyone it lets use the layer; null when the version has none, so only its own account may use it.')),
  }, 'Lambda layer version settings.'),
  example: {
    layerName: 'shared-utils',
    version: 7,
    layerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:shared-utils:7',
    compatibleRuntimes: ['python3.12', 'python3.13'],
    policy: {
      Version: '2012-10-17',
      Id: 'default',
      Statement: [{
        Sid: 'partner-account',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::210987654321:root' },
        Action: 'lambda:GetLayerVersion',
        Resource: 'arn:aws:lambda:us-east-1:123456789012:layer:shared-utils:7',
      }],
    },
  },
});
