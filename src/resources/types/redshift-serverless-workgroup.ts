import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, str, timestamp } from '../fields.js';

export const redshiftServerlessWorkgroup = defineResourceType({
  type: 'aws.redshift-serverless.workgroup',
  service: 'redshift-serverless',
  scope: 'regional',
  awsTypes: ['AWS::RedshiftServerless::Workgroup'],
  description: 'An Amazon Redshift Serverless workgroup with its network exposure, enhanced VPC routing and require_ssl configuration parameter. Tags are not read.',
  idDescription: 'the workgroup name (the ARN is on the resource)',
  data: obj({
    workgroupName: str('Workgroup name (workgroupName).'),
    workgroupId: str('Workgroup id (workgroupId).'),
    namespaceName: str('Namespace the workgroup serves (namespaceName).'),
    status: str('Workgroup status (status), e.g. AVAILABLE, CREATING, MODIFYING.'),
    creationDate: nullable(timestamp('When the workgroup was created (creationDate); null while it is being created.')),
    publiclyAccessible: bool('Whether the workgroup can be reached from outside its VPC (publiclyAccessible).'),
    enhancedVpcRouting: bool('Whether COPY and UNLOAD traffic is forced through the VPC (enhancedVpcRouting).'),
    requireSsl: bool('The require_ssl configuration parameter (configParameters[].parameterKey require_ssl): whether the workgroup refuses connections that do not use TLS.'),
    securityGroupIds: list(str('A VPC security group id.'), 'Security groups of the workgroup (securityGroupIds); empty when none.'),
  }, 'Redshift Serverless workgroup settings.'),
  example: {
    workgroupName: 'analytics',
    workgroupId: '0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
    namespaceName: 'analytics',
    status: 'AVAILABLE',
    creationDate: '2025-02-01T09:00:00.000Z',
    publiclyAccessible: false,
    enhancedVpcRouting: true,
    requireSsl: true,
    securityGroupIds: ['sg-0123456789abcdef0'],
  },
});
