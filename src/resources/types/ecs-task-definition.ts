import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, str } from '../fields.js';

export const ecsTaskDefinition = defineResourceType({
  type: 'aws.ecs.task-definition',
  service: 'ecs',
  scope: 'regional',
  awsTypes: ['AWS::ECS::TaskDefinition'],
  description: 'The latest ACTIVE revision of an ECS task definition family, with its network and process namespace modes, launch type compatibilities, and per container its privileges, user, root filesystem, log driver and the names (never the values) of its environment variables.',
  idDescription: 'family:revision of the family\'s latest ACTIVE revision, e.g. payments-api:42; the family alone when DescribeTaskDefinition failed and the revision is unknown',
  data: obj({
    family: str('Task definition family (ListTaskDefinitionFamilies families[], status ACTIVE).'),
    revision: int('Revision number of the latest ACTIVE revision (DescribeTaskDefinition taskDefinition.revision).', { minimum: 1 }),
    arn: str('Task definition ARN with its revision (taskDefinition.taskDefinitionArn).'),
    status: oneOf(['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS'], 'Revision status (taskDefinition.status); ACTIVE for the revision DescribeTaskDefinition answers for a family.'),
    networkMode: nullable(oneOf(['awsvpc', 'bridge', 'host', 'none'], 'Docker networking mode of the containers (taskDefinition.networkMode); null when the definition sets none and Docker\'s default applies (bridge on Linux EC2 instances).')),
    pidMode: nullable(oneOf(['host', 'task'], 'Process namespace the containers use (taskDefinition.pidMode): host shares the host\'s; null when the definition sets none and each container has its own.')),
    requiresCompatibilities: nullable(list(oneOf(['EC2', 'EXTERNAL', 'FARGATE', 'MANAGED_INSTANCES'], 'Launch type.'), 'Launch types the definition was validated against (taskDefinition.requiresCompatibilities); null when it names none.')),
    containerDefinitions: list(obj({
      name: str('Container name (containerDefinitions[].name).'),
      image: str('Image the container runs (containerDefinitions[].image).'),
      privileged: nullable(bool('Whether the container runs privileged, with root-like access to the host (containerDefinitions[].privileged); null when the definition does not set it, which ECS runs unprivileged.')),
      user: nullable(str('User (and group) the container runs as, e.g. 1000:1000 (containerDefinitions[].user); null when unset, so the image\'s USER applies (root unless the image names another).')),
      readonlyRootFilesystem: nullable(bool('Whether the root filesystem is read-only (containerDefinitions[].readonlyRootFilesystem); null when the definition does not set it, which ECS runs writable.')),
      logDriver: nullable(str('Log driver of the container, e.g. awslogs (containerDefinitions[].logConfiguration.logDriver); null when the container has no logConfiguration.')),
      environment: list(obj({
        name: str('Environment variable name (containerDefinitions[].environment[].name). The value is never collected: it may be a secret, and a snapshot is shared.'),
      }, 'One plain-text environment variable, by name.'), 'Plain-text environment variables of the container (containerDefinitions[].environment), names only; empty when none. Variables from secrets (Secrets Manager, Parameter Store) are not here.'),
    }, 'One container definition.'), 'The containers of the task (taskDefinition.containerDefinitions).'),
  }, 'ECS task definition settings.'),
  example: {
    family: 'payments-api',
    revision: 42,
    arn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/payments-api:42',
    status: 'ACTIVE',
    networkMode: 'awsvpc',
    pidMode: null,
    requiresCompatibilities: ['FARGATE'],
    containerDefinitions: [{
      name: 'api',
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/payments/api:1.4.2',
      privileged: false,
      user: '1000:1000',
      readonlyRootFilesystem: true,
      logDriver: 'awslogs',
      environment: [{ name: 'PORT' }, { name: 'LOG_LEVEL' }],
    }],
  },
});
