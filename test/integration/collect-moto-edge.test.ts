/**
 * AWS WAF web ACLs and rule groups and Route 53 hosted zones collected by
 * `assay collect` and judged by a live `assay scan` against the moto
 * emulator, seeded through the SDK: REGIONAL web ACLs in two regions and a
 * CLOUDFRONT one (answered in us-east-1), with and without rules, metrics
 * and logging; a rule group with a metric-less rule; public zones with and
 * without query logging and a private zone.
 */
import { join } from 'node:path';
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateHostedZoneCommand, CreateQueryLoggingConfigCommand, Route53Client } from '@aws-sdk/client-route-53';
import { CreateRuleGroupCommand, CreateWebACLCommand, PutLoggingConfigurationCommand, WAFV2Client, type Rule } from '@aws-sdk/client-wafv2';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();
const ACCOUNT = '123456789012';
const vis = (name: string, on = true) => ({ CloudWatchMetricsEnabled: on, SampledRequestsEnabled: true, MetricName: name });
const managed = (name: string, metrics = true): Rule => ({
  Name: name, Priority: 0, Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } }, OverrideAction: { None: {} }, VisibilityConfig: vis(name, metrics),
});

interface Seeded { api: string; cdn: string; euEmpty: string; group: string; logged: string; quiet: string; internal: string; logGroup: string }

async function seed(moto: Moto): Promise<Seeded> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const waf = new WAFV2Client({ ...config, region: 'us-east-1' });
  const wafEu = new WAFV2Client({ ...config, region: 'eu-west-1' });
  // Every setting asserted below is seeded: default actions, rules, metrics and logging.
  const api = (await waf.send(new CreateWebACLCommand({ Name: 'api', Scope: 'REGIONAL', DefaultAction: { Allow: {} }, Rules: [managed('common')], VisibilityConfig: vis('api') }))).Summary;
  const cdn = (await waf.send(new CreateWebACLCommand({ Name: 'cdn', Scope: 'CLOUDFRONT', DefaultAction: { Block: {} }, Rules: [managed('common-cdn', false)], VisibilityConfig: vis('cdn') }))).Summary;
  const euEmpty = (await wafEu.send(new CreateWebACLCommand({ Name: 'eu-empty', Scope: 'REGIONAL', DefaultAction: { Allow: {} }, Rules: [], VisibilityConfig: vis('eu-empty', false) }))).Summary;
  const logGroup = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:aws-waf-logs-api`;
  await new CloudWatchLogsClient({ ...config, region: 'us-east-1' }).send(new CreateLogGroupCommand({ logGroupName: 'aws-waf-logs-api' }));
  await waf.send(new PutLoggingConfigurationCommand({ LoggingConfiguration: { ResourceArn: api?.ARN, LogDestinationConfigs: [logGroup] } }));
  const group = (await waf.send(new CreateRuleGroupCommand({
    Name: 'bots', Scope: 'REGIONAL', Capacity: 10, VisibilityConfig: vis('bots'),
    Rules: [
      { Name: 'ua', Priority: 0, Statement: { ByteMatchStatement: { SearchString: new TextEncoder().encode('badbot'), FieldToMatch: { SingleHeader: { Name: 'user-agent' } }, TextTransformations: [{ Priority: 0, Type: 'NONE' }], PositionalConstraint: 'CONTAINS' } }, Action: { Block: {} }, VisibilityConfig: vis('ua') },
      { Name: 'quiet', Priority: 1, Statement: { ByteMatchStatement: { SearchString: new TextEncoder().encode('scraper'), FieldToMatch: { SingleHeader: { Name: 'user-agent' } }, TextTransformations: [{ Priority: 0, Type: 'NONE' }], PositionalConstraint: 'CONTAINS' } }, Action: { Count: {} }, VisibilityConfig: vis('quiet', false) },
    ],
  }))).Summary;
  const route53 = new Route53Client({ ...config, region: 'us-east-1' });
  const zone = async (name: string, vpc?: string) => ((await route53.send(new CreateHostedZoneCommand({
    Name: name, CallerReference: `ref-${name}`, HostedZoneConfig: { PrivateZone: vpc !== undefined, Comment: name },
    ...(vpc === undefined ? {} : { VPC: { VPCRegion: 'us-east-1', VPCId: vpc } }),
  }))).HostedZone?.Id ?? '').replace('/hostedzone/', '');
  const logged = await zone('logged.example.com');
  const quiet = await zone('quiet.example.com');
  const internal = await zone('internal.example', 'vpc-12345678');
  const logs = new CloudWatchLogsClient({ ...config, region: 'us-east-1' });
  await logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/route53/logged.example.com' }));
  const zoneLogGroup = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/route53/logged.example.com:*`;
  await route53.send(new CreateQueryLoggingConfigCommand({ HostedZoneId: logged, CloudWatchLogsLogGroupArn: zoneLogGroup }));
  return { api: api?.Id ?? '', cdn: cdn?.Id ?? '', euEmpty: euEmpty?.Id ?? '', group: group?.Id ?? '', logged, quiet, internal, logGroup };
}

describe.skipIf(!ready)('AWS WAF and Route 53 against the moto emulator', () => {
  const fixture = useMoto('assay-moto-edge-', seed);

  it('assay collect records web ACLs of both scopes, rule groups and hosted zones as moto answers them', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '--types', 'aws.wafv2.web-acl,aws.wafv2.rule-group,aws.route53.hosted-zone', '-o', out, '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const s = fixture.seeded;
    const byId = (id: string) => snapshot.resources.find((r) => r.id === id);
    const acls = snapshot.resources.filter((r) => r.type === 'aws.wafv2.web-acl');
    expect(acls.map((a) => `${a.region}/${a.name ?? ''}`).sort()).toEqual(['eu-west-1/eu-empty', 'us-east-1/api', 'us-east-1/cdn']);
    expect(acls.every((a) => a.errors === undefined)).toBe(true);
    expect(byId(s.api)?.data).toMatchObject({
      scope: 'REGIONAL', defaultAction: 'ALLOW', visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'api' },
      rules: [{ name: 'common', priority: 0, managedRuleGroup: 'AWS/AWSManagedRulesCommonRuleSet', ruleGroupArn: null, visibilityConfig: { cloudWatchMetricsEnabled: true } }],
      logging: { logDestinationConfigs: [s.logGroup] },
    });
    // moto answers WAFNonexistentItemException for a web ACL without logging, as AWS does: null, no error.
    expect(byId(s.cdn)?.data).toMatchObject({ scope: 'CLOUDFRONT', defaultAction: 'BLOCK', logging: null, rules: [{ visibilityConfig: { cloudWatchMetricsEnabled: false } }] });
    expect(byId(s.euEmpty)?.data).toMatchObject({ scope: 'REGIONAL', rules: [], logging: null, visibilityConfig: { cloudWatchMetricsEnabled: false } });
    expect(byId(s.group)?.data).toMatchObject({
      scope: 'REGIONAL', capacity: 10, visibilityConfig: { cloudWatchMetricsEnabled: true },
      rules: [{ name: 'ua', visibilityConfig: { cloudWatchMetricsEnabled: true } }, { name: 'quiet', visibilityConfig: { cloudWatchMetricsEnabled: false } }],
    });
    const zones = snapshot.resources.filter((r) => r.type === 'aws.route53.hosted-zone');
    expect(zones.map((z) => z.id).sort()).toEqual([s.internal, s.logged, s.quiet].sort());
    expect(zones.every((z) => z.errors === undefined && z.region === 'global')).toBe(true);
    expect(byId(s.logged)?.data).toMatchObject({ zoneName: 'logged.example.com.', privateZone: false, queryLoggingConfigs: [{ cloudWatchLogsLogGroupArn: expect.stringContaining('/aws/route53/logged.example.com') as unknown }] });
    expect(byId(s.quiet)?.data).toMatchObject({ privateZone: false, queryLoggingConfigs: [] });
    expect(byId(s.internal)?.data).toMatchObject({ privateZone: true, queryLoggingConfigs: [] });
    expect(snapshot.coverage.filter((c) => c.status !== 'complete')).toEqual([]);
  });

  it('a live scan judges them: WAF.10, logging, metrics, WAF.12 and Route53.2', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1,eu-west-1', '--pack', 'assay-workloads', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const s = fixture.seeded;
    const verdict = (policy: string, id: string) => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(verdict('aws-wafv2-web-acl-not-empty', s.api)).toBe('PASS');
    expect(verdict('aws-wafv2-web-acl-not-empty', s.euEmpty)).toBe('FAIL');
    expect(verdict('aws-wafv2-web-acl-logging-enabled', s.api)).toBe('PASS');
    expect(verdict('aws-wafv2-web-acl-logging-enabled', s.cdn)).toBe('FAIL');
    expect(verdict('aws-wafv2-web-acl-metrics-enabled', s.api)).toBe('PASS');
    expect(verdict('aws-wafv2-web-acl-metrics-enabled', s.cdn)).toBe('FAIL');
    expect(verdict('aws-wafv2-rule-group-metrics-enabled', s.group)).toBe('FAIL');
    expect(verdict('aws-route53-hosted-zone-query-logging', s.logged)).toBe('PASS');
    expect(verdict('aws-route53-hosted-zone-query-logging', s.quiet)).toBe('FAIL');
    expect(verdict('aws-route53-hosted-zone-query-logging', s.internal)).toBe('NOT_APPLICABLE');
  });
});
