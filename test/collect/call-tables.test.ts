/**
 * The call tables (src/collect/calls.ts) are the one place a call is
 * spelled; this checks that the views derived from them agree and that the
 * rows themselves are sound. What is checked at run time: every operation a
 * recorded collector test sends is a row of that collector's table
 * (test/support/collect.ts), and each collector's test file ends by
 * expecting that its runs sent every row (no stale row) — which this file
 * checks is there for every collector.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCollectors } from '../../src/collect/aws/index.js';
import { everyCallTable } from '../../src/collect/call-index.js';
import { callsOf, permissionsOf } from '../../src/collect/calls.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { configMappers } from '../../src/collect/config/mappers/index.js';
import { basePermissions, requiredPermissions } from '../../src/collect/permissions.js';
import { readOnlyOperations } from '../../src/collect/read-only.js';
import { findResourceType } from '../../src/resources/catalog.js';

const collectors = await loadCollectors();

const all = [...collectors, ...configCollectors(configMappers)];

/** The SDK package of each client a table names. */
const packages: Record<string, string> = {
  ACM: '@aws-sdk/client-acm',
  APIGateway: '@aws-sdk/client-api-gateway',
  AccessAnalyzer: '@aws-sdk/client-accessanalyzer',
  Account: '@aws-sdk/client-account',
  ApiGatewayV2: '@aws-sdk/client-apigatewayv2',
  ApplicationAutoScaling: '@aws-sdk/client-application-auto-scaling',
  AutoScaling: '@aws-sdk/client-auto-scaling',
  CloudFront: '@aws-sdk/client-cloudfront',
  CloudTrail: '@aws-sdk/client-cloudtrail',
  CloudWatch: '@aws-sdk/client-cloudwatch',
  CloudWatchLogs: '@aws-sdk/client-cloudwatch-logs',
  CodeBuild: '@aws-sdk/client-codebuild',
  ConfigService: '@aws-sdk/client-config-service',
  DAX: '@aws-sdk/client-dax',
  DatabaseMigrationService: '@aws-sdk/client-database-migration-service',
  DynamoDB: '@aws-sdk/client-dynamodb',
  EC2: '@aws-sdk/client-ec2',
  ECR: '@aws-sdk/client-ecr',
  ECS: '@aws-sdk/client-ecs',
  EFS: '@aws-sdk/client-efs',
  EKS: '@aws-sdk/client-eks',
  ElastiCache: '@aws-sdk/client-elasticache',
  EMR: '@aws-sdk/client-emr',
  ElasticLoadBalancing: '@aws-sdk/client-elastic-load-balancing',
  ElasticLoadBalancingV2: '@aws-sdk/client-elastic-load-balancing-v2',
  EventBridge: '@aws-sdk/client-eventbridge',
  Firehose: '@aws-sdk/client-firehose',
  FSx: '@aws-sdk/client-fsx',
  IAM: '@aws-sdk/client-iam',
  Kafka: '@aws-sdk/client-kafka',
  KafkaConnect: '@aws-sdk/client-kafkaconnect',
  Inspector2: '@aws-sdk/client-inspector2',
  Kinesis: '@aws-sdk/client-kinesis',
  KMS: '@aws-sdk/client-kms',
  Lambda: '@aws-sdk/client-lambda',
  Macie2: '@aws-sdk/client-macie2',
  NetworkFirewall: '@aws-sdk/client-network-firewall',
  OpenSearch: '@aws-sdk/client-opensearch',
  Mq: '@aws-sdk/client-mq',
  Organizations: '@aws-sdk/client-organizations',
  RDS: '@aws-sdk/client-rds',
  Redshift: '@aws-sdk/client-redshift',
  RedshiftServerless: '@aws-sdk/client-redshift-serverless',
  Route53: '@aws-sdk/client-route-53',
  S3: '@aws-sdk/client-s3',
  S3Control: '@aws-sdk/client-s3-control',
  SageMaker: '@aws-sdk/client-sagemaker',
  SFN: '@aws-sdk/client-sfn',
  SecretsManager: '@aws-sdk/client-secrets-manager',
  SNS: '@aws-sdk/client-sns',
  SQS: '@aws-sdk/client-sqs',
  SSM: '@aws-sdk/client-ssm',
  STS: '@aws-sdk/client-sts',
  WAFV2: '@aws-sdk/client-wafv2',
  SecurityHub: '@aws-sdk/client-securityhub',
  GuardDuty: '@aws-sdk/client-guardduty',
};

describe('call tables', () => {
  it('name real SDK operations, each with IAM actions in its service\'s form', async () => {
    const calls = callsOf((await everyCallTable()));
    const problems: string[] = [];
    for (const call of calls) {
      const name = packages[call.client];
      if (name === undefined) {
        problems.push(`${call.key}: no SDK package known for client ${call.client}`);
        continue;
      }
      const sdk = (await import(name)) as Record<string, unknown>;
      if (typeof sdk[`${call.client}Client`] !== 'function') problems.push(`${call.key}: ${name} has no ${call.client}Client`);
      if (typeof sdk[`${call.operation}Command`] !== 'function') problems.push(`${call.key}: ${name} has no ${call.operation}Command`);
      if (call.iam.length === 0 || call.iam.some((action) => !/^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/.test(action))) problems.push(`${call.key}: IAM actions ${call.iam.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('give one operation the same IAM actions in every table that has it', async () => {
    const byKey = new Map<string, string>();
    const problems: string[] = [];
    for (const call of callsOf((await everyCallTable()))) {
      const actions = [...call.iam].sort().join(',');
      const before = byKey.get(call.key);
      if (before !== undefined && before !== actions) problems.push(`${call.key}: ${before} and ${actions}`);
      byKey.set(call.key, actions);
    }
    expect(problems).toEqual([]);
  });

  it('derive the read-only allowlist: exactly the operations of every table', async () => {
    expect([...readOnlyOperations()].sort()).toEqual([...new Set(callsOf((await everyCallTable())).map((call) => call.key))].sort());
  });

  it.each(all.map((c) => [c.type, c] as const))('derive %s\'s permissions and concurrency key from its rows', (_type, collector) => {
    expect(collector.permissions).toEqual(permissionsOf(collector.calls));
    expect(collector.service).toBe(callsOf(collector.calls)[0]?.iam[0]?.split(':')[0]);
  });

  it('derive `assay permissions`: the run\'s own calls and the union of the collectors\' rows', () => {
    const union = [...new Set([...basePermissions, ...all.flatMap((c) => callsOf(c.calls).flatMap((call) => call.iam))])].sort();
    expect(requiredPermissions(all)).toEqual(union);
  });

  it.each(collectors.map((c) => [c.type, c] as const))('fill every field of %s, and only its fields', (type, collector) => {
    const fields = Object.keys(findResourceType(type)?.data.properties ?? {}).sort();
    const filled = [...new Set(callsOf(collector.calls).flatMap((call) => call.fills))].sort();
    expect(filled).toEqual(fields);
  });
});

describe('each collector\'s recorded test', () => {
  const root = 'src/collect/aws';
  const modules = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    // A collector is defined directly or through a family's factory (rds/cluster-family.ts), which defines none itself.
    .filter((file) => /^export const \w+ = \w*[cC]ollector\(/m.test(readFileSync(join(root, file), 'utf8')));

  it('covers every collector module', () => {
    // aws/index.ts lists the collectors; each comes from one of these modules.
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.length).toBe(collectors.length);
  });

  it.each(modules)('%s: ends by expecting every row of its table sent', (file) => {
    const test = join(root, file.replace(/\.ts$/, '.test.ts'));
    expect(readFileSync(test, 'utf8')).toMatch(/expect\(unsentCalls\(\w+\)\)\.toEqual\(\[\]\);\n {2}\}\);\n\}\);\n$/);
  });
});
