/**
 * A fake AWS on a loopback HTTP port: every service at one endpoint, each
 * request answered from the estate after a fixed latency, and recorded in
 * a ledger — operation, region, what it asked about, when it arrived and
 * when its answer was written — for the benchmark to count calls, find
 * duplicates and see how many requests were in flight over time.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ACCOUNT, type Estate } from './estate.js';
import { answerAcm } from './acm.js';
import { answerApiGateway, apigatewayOperation } from './apigateway.js';
import { answerConfig } from './config.js';
import { answerDax } from './dax.js';
import { accountOfKey, answerOrganization } from './organization.js';
import { answerCloudFront, cloudfrontOperation } from './cloudfront.js';
import { answerEc2 } from './ec2.js';
import { answerEcr } from './ecr.js';
import { answerEcs } from './ecs.js';
import { answerElb, V2_VERSION } from './elb.js';
import { answerEvents } from './events.js';
import { answerFsx } from './fsx.js';
import { answerAutoScaling } from './autoscaling.js';
import { answerEks, eksOperation } from './eks.js';
import { answerNetworkFirewall } from './network-firewall.js';
import { answerOpenSearch, opensearchOperation } from './opensearch.js';
import { answerDms, answerRedshiftServerless } from './migrations.js';
import { answerSsm } from './ssm.js';
import { answerRedshift } from './redshift.js';
import { answerGuardDuty, guarddutyOperation } from './guardduty.js';
import { answerRoute53, answerWaf, route53Operation } from './edge.js';
import { answerLambda, lambdaOperation } from './lambda.js';
import { answerIam } from './iam.js';
import { answerKms } from './kms.js';
import { answerCodeBuild, answerSageMaker, answerSfn } from './ml.js';
import { answerQuiet, restOperation } from './quiet-services.js';
import { answerRds } from './rds.js';
import { answerRdsProxies } from './rds-proxies.js';
import { answerRdsSnapshots } from './rds-snapshots.js';
import { answerS3, s3Operation } from './s3.js';
import { answerScanners, scannerOperation } from './scanners.js';
import { answerSecretsManager } from './secretsmanager.js';
import { answerSns } from './sns.js';
import { answerApplicationAutoScaling, answerDynamoDb, answerFirehose, answerKinesis, answerSqs } from './streams.js';
import { answerElastiCache, answerMessaging, messagingOperation } from './messaging.js';
import { parseRequest, subjectOf, type Answer, type WireRequest } from './wire.js';

/** SigV4 signing name → the SDK client's name, so server and ClientPool name operations alike (`S3:GetBucketAcl`). */
const clientNames: Readonly<Record<string, string>> = {
  s3: 'S3', kms: 'KMS', ec2: 'EC2', sns: 'SNS', logs: 'CloudWatchLogs', monitoring: 'CloudWatch', cloudtrail: 'CloudTrail', config: 'ConfigService',
  'access-analyzer': 'AccessAnalyzer', securityhub: 'SecurityHub', guardduty: 'GuardDuty', elasticfilesystem: 'EFS', eks: 'EKS', rds: 'RDS', redshift: 'Redshift', iam: 'IAM', account: 'Account',
  cloudfront: 'CloudFront', organizations: 'Organizations', sts: 'STS', events: 'EventBridge', ecr: 'ECR', ecs: 'ECS', lambda: 'Lambda', autoscaling: 'AutoScaling',
  wafv2: 'WAFV2', route53: 'Route53', secretsmanager: 'SecretsManager', acm: 'ACM', sqs: 'SQS', kinesis: 'Kinesis', firehose: 'Firehose',
  dynamodb: 'DynamoDB', 'application-autoscaling': 'ApplicationAutoScaling', es: 'OpenSearch', dax: 'DAX', dms: 'DatabaseMigrationService', 'redshift-serverless': 'RedshiftServerless', elasticache: 'ElastiCache', kafka: 'Kafka', kafkaconnect: 'KafkaConnect', mq: 'Mq', sagemaker: 'SageMaker', codebuild: 'CodeBuild', states: 'SFN', ssm: 'SSM', inspector2: 'Inspector2', macie2: 'Macie2', fsx: 'FSx', 'network-firewall': 'NetworkFirewall', elasticmapreduce: 'EMR',
};

export interface RequestRecord {
  /** `Client:Operation`, as ClientPool.calls names it. */
  readonly operation: string;
  /** The account the request was made as. */
  readonly account: string;
  readonly region: string;
  readonly subject: string;
  /** False when the fake had no model of the operation and answered an empty answer of its protocol. */
  readonly modelled: boolean;
  readonly status: number;
  /** wallClock() at arrival and when the answer was written. */
  readonly arrived: number;
  finished: number;
}

export interface FakeAws {
  readonly endpoint: string;
  /** Closes the server and every connection; answers the ledger of every request served. */
  stop(): Promise<RequestRecord[]>;
}

/** Milliseconds on a clock two processes share (performance.now() starts at each process's own origin). */
export const wallClock = (): number => performance.timeOrigin + performance.now();

function answer(estate: Estate, request: WireRequest, endpointHost: string): { operation: string; answer: Answer; modelled: boolean } {
  // Classic and v2 load balancing share a signing name; the API version tells them apart.
  const client = request.service === 'elasticloadbalancing' ? (request.params.Version === V2_VERSION ? 'ElasticLoadBalancingV2' : 'ElasticLoadBalancing') : clientNames[request.service] ?? request.service;
  const organization = answerOrganization(estate, request);
  if (organization !== undefined) return { operation: `${client}:${request.operation}`, ...organization };
  if (request.service === 'config') {
    const config = answerConfig(estate, request);
    if (config !== undefined) return { operation: `ConfigService:${request.operation}`, ...config };
  }
  if (request.service === 's3') {
    const { operation, bucket } = s3Operation(request, endpointHost);
    return { operation: operation.startsWith('S3Control:') ? operation : `S3:${operation}`, answer: answerS3(estate, request, operation, bucket), modelled: true };
  }
  if (request.service === 'kms') return { operation: `KMS:${request.operation}`, answer: answerKms(estate, request), modelled: true };
  if (request.service === 'ec2') return { operation: `EC2:${request.operation}`, answer: answerEc2(estate, request), modelled: true };
  if (request.service === 'events') return { operation: `EventBridge:${request.operation}`, answer: answerEvents(estate, request), modelled: true };
  if (request.service === 'elasticloadbalancing') return { operation: `${client}:${request.operation}`, answer: answerElb(estate, request), modelled: true };
  if (request.service === 'ecr') return { operation: `ECR:${request.operation}`, answer: answerEcr(estate, request), modelled: true };
  if (request.service === 'ecs') return { operation: `ECS:${request.operation}`, answer: answerEcs(estate, request), modelled: true };
  if (request.service === 'sns') return { operation: `SNS:${request.operation}`, answer: answerSns(estate, request), modelled: true };
  if (request.service === 'acm') return { operation: `ACM:${request.operation}`, answer: answerAcm(estate, request), modelled: true };
  if (request.service === 'secretsmanager') return { operation: `SecretsManager:${request.operation}`, answer: answerSecretsManager(estate, request), modelled: true };
  if (request.service === 'redshift') return { operation: `Redshift:${request.operation}`, answer: answerRedshift(estate, request), modelled: true };
  if (request.service === 'dax') return { operation: `DAX:${request.operation}`, answer: answerDax(estate, request), modelled: true };
  if (request.service === 'dms') return { operation: `DatabaseMigrationService:${request.operation}`, answer: answerDms(estate, request), modelled: true };
  if (request.service === 'redshift-serverless') return { operation: `RedshiftServerless:${request.operation}`, answer: answerRedshiftServerless(estate, request), modelled: true };
  if (request.service === 'dynamodb') return { operation: `DynamoDB:${request.operation}`, answer: answerDynamoDb(estate, request), modelled: true };
  if (request.service === 'application-autoscaling') return { operation: `ApplicationAutoScaling:${request.operation}`, answer: answerApplicationAutoScaling(estate, request), modelled: true };
  if (request.service === 'firehose') return { operation: `Firehose:${request.operation}`, answer: answerFirehose(estate, request), modelled: true };
  if (request.service === 'kinesis') return { operation: `Kinesis:${request.operation}`, answer: answerKinesis(estate, request), modelled: true };
  if (request.service === 'sagemaker') return { operation: `SageMaker:${request.operation}`, answer: answerSageMaker(estate, request), modelled: true };
  if (request.service === 'codebuild') return { operation: `CodeBuild:${request.operation}`, answer: answerCodeBuild(estate, request), modelled: true };
  if (request.service === 'states') return { operation: `SFN:${request.operation}`, answer: answerSfn(estate, request), modelled: true };
  if (request.service === 'fsx') return { operation: `FSx:${request.operation}`, answer: answerFsx(estate, request), modelled: true };
  if (request.service === 'network-firewall') return { operation: `NetworkFirewall:${request.operation}`, answer: answerNetworkFirewall(estate, request), modelled: true };
  if (request.service === 'sqs') return { operation: `SQS:${request.operation}`, answer: answerSqs(estate, request), modelled: true };
  if (request.service === 'elasticache') return { operation: `ElastiCache:${request.operation}`, answer: answerElastiCache(estate, request), modelled: true };
  if (request.service === 'kafka' || request.service === 'kafkaconnect' || request.service === 'mq') {
    const operation = messagingOperation(request);
    return { operation: `${client}:${operation}`, answer: answerMessaging(estate, request, operation), modelled: true };
  }
  if (request.service === 'ssm') return { operation: `SSM:${request.operation}`, answer: answerSsm(estate, request), modelled: true };
  if (request.service === 'rds') {
    const snapshots = answerRdsSnapshots(estate, request);
    if (snapshots !== undefined) return { operation: `RDS:${request.operation}`, answer: snapshots, modelled: true };
    const proxies = answerRdsProxies(estate, request);
    if (proxies !== undefined) return { operation: `RDS:${request.operation}`, answer: proxies, modelled: true };
  }
  if (request.service === 'autoscaling') return { operation: `AutoScaling:${request.operation}`, answer: answerAutoScaling(estate, request), modelled: true };
  if (request.service === 'iam') return { operation: `IAM:${request.operation}`, ...answerIam(estate, request) };
  if (request.service === 'apigateway') {
    // REST APIs (v1) and HTTP/WebSocket APIs (v2) share a signing name; the path tells them apart.
    const { client: name, operation } = apigatewayOperation(request);
    const key = `${name}:${operation}`;
    return { operation: key, answer: answerApiGateway(estate, request, key), modelled: true };
  }
  if (request.service === 'eks') {
    const operation = eksOperation(request);
    return { operation: `EKS:${operation}`, answer: answerEks(estate, request, operation), modelled: true };
  }
  if (request.service === 'es') {
    const operation = opensearchOperation(request);
    return { operation: `OpenSearch:${operation}`, answer: answerOpenSearch(estate, request, operation), modelled: true };
  }
  if (request.service === 'cloudfront') {
    const operation = cloudfrontOperation(request);
    return { operation: `CloudFront:${operation}`, answer: answerCloudFront(estate, request, operation), modelled: true };
  }
  if (request.service === 'lambda') {
    const operation = lambdaOperation(request);
    return { operation: `Lambda:${operation}`, answer: answerLambda(estate, request, operation), modelled: true };
  }
  if (request.service === 'guardduty') {
    const operation = guarddutyOperation(request);
    return { operation: `GuardDuty:${operation}`, answer: answerGuardDuty(estate, request, operation), modelled: true };
  }
  if (request.service === 'inspector2' || request.service === 'macie2') {
    const operation = scannerOperation(request);
    return { operation: `${client}:${operation}`, answer: answerScanners(estate, request, operation), modelled: true };
  }
  if (request.service === 'wafv2') return { operation: `WAFV2:${request.operation}`, answer: answerWaf(estate, request), modelled: true };
  if (request.service === 'route53') {
    const operation = route53Operation(request);
    return { operation: `Route53:${operation}`, answer: answerRoute53(request, operation), modelled: true };
  }
  const rds = answerRds(estate, request);
  if (rds !== undefined) return { operation: `RDS:${request.operation}`, answer: rds, modelled: true };
  const operation = request.protocol === 'rest' ? restOperation(request) : request.operation;
  return { operation: `${client}:${operation}`, ...answerQuiet(request, operation) };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => { resolve(Buffer.concat(chunks).toString('utf8')); });
    request.on('error', reject);
  });
}

/** Starts the fake on 127.0.0.1 at a free port; `stop` closes it and every connection. */
export async function startFakeAws(estate: Estate, latencyMs: number): Promise<FakeAws> {
  const requests: RequestRecord[] = [];
  const endpointHost = '127.0.0.1';
  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const arrived = wallClock();
    let written: Answer;
    let record: Omit<RequestRecord, 'status' | 'arrived' | 'finished'>;
    try {
      const signed = parseRequest(incoming.method ?? 'GET', incoming.url ?? '/', incoming.headers, await readBody(incoming));
      // Every account holds the same estate: a member's request is answered as the
      // management account's, with the account id rewritten on the way in and out.
      const account = accountOfKey(signed.accessKey);
      const wire = account === ACCOUNT ? signed : parseRequest(incoming.method ?? 'GET', (incoming.url ?? '/').replaceAll(account, ACCOUNT), incoming.headers, signed.body.replaceAll(account, ACCOUNT));
      const answered = answer(estate, wire, endpointHost);
      written = account === ACCOUNT || answered.operation.startsWith('Organizations:') ? answered.answer : { ...answered.answer, body: answered.answer.body.replaceAll(ACCOUNT, account) };
      record = { operation: answered.operation, account, region: wire.region, subject: subjectOf(signed), modelled: answered.modelled };
    } catch (error) {
      // A bug in the fake is answered as a server error the SDK reports, and shows in the ledger.
      written = { status: 500, contentType: 'text/plain', body: `fake AWS failed: ${error instanceof Error ? error.message : String(error)}` };
      record = { operation: 'fake:InternalError', account: '', region: '', subject: incoming.url ?? '', modelled: false };
    }
    const entry: RequestRecord = { ...record, status: written.status, arrived, finished: arrived };
    requests.push(entry);
    outgoing.on('finish', () => { entry.finished = wallClock(); });
    setTimeout(() => {
      outgoing.writeHead(written.status, {
        'content-type': written.contentType, 'content-length': Buffer.byteLength(written.body), 'x-amzn-requestid': 'fake', 'x-amz-request-id': 'fake', ...written.headers,
      });
      outgoing.end(written.body);
    }, latencyMs);
  };
  const server = createServer((incoming, outgoing) => { void handle(incoming, outgoing); });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, endpointHost, () => { resolve(); });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://${endpointHost}:${port}`,
    stop: () => new Promise<RequestRecord[]>((resolve) => {
      server.close(() => { resolve(requests); });
      server.closeAllConnections();
    }),
  };
}
