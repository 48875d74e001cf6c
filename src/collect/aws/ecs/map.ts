/**
 * Pure mapping from ECS answers to the aws.ecs.* catalog shapes, one reader
 * per field (answers.ts): a setting every definition has that the answer
 * left out is unknown, never a default.
 *
 * What absence is read as in a task definition, and why (every other
 * missing value is unknown): ECS's JSON answer leaves an optional
 * parameter out when the definition does not set it, so networkMode,
 * pidMode, requiresCompatibilities, and a container's privileged, user,
 * readonlyRootFilesystem and logConfiguration absent are "not set" (null):
 * ECS then applies its documented default (bridge networking on Linux EC2,
 * a namespace of the task's own, unprivileged, the image's user, a
 * writable root filesystem, no log driver). A container's environment is
 * answered as a list, empty when none was given: an answer without it is
 * unknown, never "no variables".
 *
 * Environment variable values are never read into the catalog: only their
 * names, since a value may be a credential and a snapshot is shared.
 */
import type { Cluster, ContainerDefinition, Service, TaskDefinition } from '@aws-sdk/client-ecs';
import { eachOf, knownValue, required, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type TaskDefinitionData = CatalogData['aws.ecs.task-definition'];
type ContainerData = TaskDefinitionData['containerDefinitions'][number];

const STATUSES = ['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS'] as const;
const NETWORK_MODES = ['awsvpc', 'bridge', 'host', 'none'] as const;
const PID_MODES = ['host', 'task'] as const;
const COMPATIBILITIES = ['EC2', 'EXTERNAL', 'FARGATE', 'MANAGED_INSTANCES'] as const;

export const text = (value: string | undefined, what: string): string => {
  if (value === undefined || value === '') throw new UnreadableAnswer('IncompleteResponse', `the answer has no ${what}`);
  return value;
};

/** An optional setting from a closed set: absent is "not set" (null), a value this version does not know is unreadable. */
function optionalValue<const V extends string>(value: string | undefined, allowed: readonly V[], what: string): V | null {
  return value === undefined ? null : knownValue(value, allowed, what);
}

/** One container definition; an environment variable is kept by name only. */
export function containerDefinition(container: ContainerDefinition): ContainerData {
  return {
    name: text(container.name, 'containerDefinitions[].name'),
    image: text(container.image, 'containerDefinitions[].image'),
    privileged: container.privileged ?? null,
    user: container.user === undefined || container.user === '' ? null : container.user,
    readonlyRootFilesystem: container.readonlyRootFilesystem ?? null,
    logDriver: container.logConfiguration === undefined ? null : text(container.logConfiguration.logDriver, 'containerDefinitions[].logConfiguration.logDriver'),
    environment: required(container.environment, 'containerDefinitions[].environment').map((variable) => ({ name: text(variable.name, 'containerDefinitions[].environment[].name') })),
  };
}

/** Every field DescribeTaskDefinition fills; `family` comes from the listing. */
export function taskDefinitionFields(definition: TaskDefinition): ReadersOf<TaskDefinitionData> {
  return {
    revision: () => {
      const revision = required(definition.revision, 'revision');
      if (!Number.isInteger(revision) || revision < 1) throw new UnreadableAnswer('UnexpectedResponse', `the answer has revision ${String(revision)}, which is not a revision number`);
      return revision;
    },
    arn: () => text(definition.taskDefinitionArn, 'taskDefinitionArn'),
    status: () => knownValue(definition.status, STATUSES, 'status'),
    networkMode: () => optionalValue(definition.networkMode, NETWORK_MODES, 'networkMode'),
    pidMode: () => optionalValue(definition.pidMode, PID_MODES, 'pidMode'),
    requiresCompatibilities: () => (definition.requiresCompatibilities === undefined ? null : definition.requiresCompatibilities.map((c) => knownValue(c, COMPATIBILITIES, 'requiresCompatibilities[]'))),
    containerDefinitions: () => eachOf(definition.containerDefinitions, 'containerDefinitions', containerDefinition),
  };
}

/** The fields DescribeTaskDefinition fills, for failing them together when it fails. */
export const DESCRIBE_TASK_DEFINITION_FIELDS = ['revision', 'arn', 'status', 'networkMode', 'pidMode', 'requiresCompatibilities', 'containerDefinitions'] as const;

/** ECS's `[{ key, value }]` tags as a key → value map. */
type ServiceData = CatalogData['aws.ecs.service'];

const SERVICE_STATUSES = ['ACTIVE', 'DRAINING', 'INACTIVE'] as const;
const LAUNCH_TYPES = ['EC2', 'EXTERNAL', 'FARGATE', 'MANAGED_INSTANCES'] as const;
const ASSIGN_PUBLIC_IP = ['ENABLED', 'DISABLED'] as const;

/**
 * Every field DescribeServices fills; `clusterArn` and `serviceArn` come
 * from the listings.
 * launchType absent is "a capacity provider strategy instead" (null) only
 * when the answer names one; platformVersion and platformFamily absent are
 * "not on Fargate" (null); a service without networkConfiguration has no
 * awsvpc interface (null), but one with an awsvpcConfiguration that does
 * not say whether it assigns a public IP is unknown.
 */
export function serviceFields(service: Service): ReadersOf<ServiceData> {
  return {
    serviceName: () => text(service.serviceName, 'serviceName'),
    status: () => knownValue(service.status, SERVICE_STATUSES, 'status'),
    launchType: () => {
      if (service.launchType !== undefined) return knownValue(service.launchType, LAUNCH_TYPES, 'launchType');
      if ((service.capacityProviderStrategy ?? []).length === 0) throw new UnreadableAnswer('IncompleteResponse', 'the answer has neither launchType nor capacityProviderStrategy');
      return null;
    },
    capacityProviders: () => (service.capacityProviderStrategy ?? []).map((item) => text(item.capacityProvider, 'capacityProviderStrategy[].capacityProvider')),
    platformVersion: () => (service.platformVersion === undefined || service.platformVersion === '' ? null : service.platformVersion),
    platformFamily: () => (service.platformFamily === undefined || service.platformFamily === '' ? null : service.platformFamily),
    assignPublicIp: () => {
      const awsvpc = service.networkConfiguration?.awsvpcConfiguration;
      return awsvpc === undefined ? null : knownValue(awsvpc.assignPublicIp, ASSIGN_PUBLIC_IP, 'networkConfiguration.awsvpcConfiguration.assignPublicIp');
    },
    taskDefinition: () => text(service.taskDefinition, 'taskDefinition'),
  };
}

/** The fields DescribeServices fills, for failing them together when it fails. */
export const DESCRIBE_SERVICES_FIELDS = ['serviceName', 'status', 'launchType', 'capacityProviders', 'platformVersion', 'platformFamily', 'assignPublicIp', 'taskDefinition'] as const;

/** The last segment of an ECS ARN (`…:cluster/prod` → prod, `…:service/prod/api` → api). */
export function arnName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

type ClusterData = CatalogData['aws.ecs.cluster'];

const CLUSTER_STATUSES = ['ACTIVE', 'PROVISIONING', 'DEPROVISIONING', 'FAILED', 'INACTIVE'] as const;
const INSIGHTS = ['enabled', 'enhanced', 'disabled'] as const;

/** Every field DescribeClusters fills; `clusterArn` comes from the listing. The settings list (asked for) must be there; no containerInsights entry in it is null. */
export function clusterFields(cluster: Cluster): ReadersOf<ClusterData> {
  return {
    clusterName: () => text(cluster.clusterName, 'clusterName'),
    status: () => knownValue(cluster.status, CLUSTER_STATUSES, 'status'),
    containerInsights: () => {
      const setting = required(cluster.settings, 'settings').find((s) => s.name === 'containerInsights');
      return setting === undefined ? null : knownValue(setting.value, INSIGHTS, 'settings[containerInsights].value');
    },
  };
}

export const DESCRIBE_CLUSTERS_FIELDS = ['clusterName', 'status', 'containerInsights'] as const;
