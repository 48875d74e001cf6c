/**
 * AWS::CloudFront::Distribution → aws.cloudfront.distribution. AWS's Config
 * resource schema for the type (awslabs/aws-config-resource-schema) records
 * the distribution as CloudFront's API answers it, camelCase: id, arn,
 * domainName and distributionConfig (enabled, defaultRootObject,
 * defaultCacheBehavior, cacheBehaviors, origins, originGroups, logging,
 * webACLId, viewerCertificate), lists as `{ quantity, items }`. What it
 * holds is read back into the SDK's DistributionConfig and mapped by the API
 * collector's own functions: one mapping, two sources. The schema lists no
 * originAccessControlId on an origin, which the origin access policies
 * judge, so the origins are always read from CloudFront in the same run with
 * the API collector's GetDistributionConfig row, one call per distribution
 * as the API path makes it (its ListDistributions is not needed); so is any
 * field the item lacks or holds in a form CloudFront does not answer. An
 * optional string CloudFront answers empty when unset (defaultRootObject,
 * webACLId, logging.bucket, the certificate's ARN or IAM id,
 * sslSupportMethod) is none when the item holds null or "", unknown when the
 * item lacks the key. A distribution deleted since Config recorded it
 * answers NoSuchDistribution there: an error on those fields, never "none"
 * (with an aggregator the call cannot be made: they are errors on the
 * distribution). CloudFront is global: Config records it only in US East
 * (N. Virginia), the partition's home region where the API collector reads
 * it too, so the mapping is global (one query there). The API collector
 * reads no tags, so neither does this mapping.
 */
import {
  CloudFrontClient, GetDistributionConfigCommand,
  type CacheBehavior, type DistributionConfig, type GetDistributionConfigCommandOutput, type OriginGroup, type ViewerCertificate,
} from '@aws-sdk/client-cloudfront';
import { readFields } from '../../answers.js';
import { distributionCalls } from '../../aws/cloudfront/distributions.js';
import { distributionConfigFields, GET_DISTRIBUTION_CONFIG_FIELDS } from '../../aws/cloudfront/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { fieldOf, goneFrom, oncePerItem } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { booleanOf, defineConfigMapper, numberOf, stringOf } from '../mapper.js';
import { fromItem, isRecord, type Unreadable } from '../read.js';

type Doc = Readonly<Record<string, unknown>>;
const doc = (value: unknown): Doc => (isRecord(value) ? value : {});

/** The distribution's id: the item's configuration.id, else Config's resource id (which is the distribution id). */
const idOf = (item: ConfigurationItem): string => stringOf(item.configuration?.id) ?? item.resourceId;

/** An optional string CloudFront answers "" when unset: null or "" is none, a missing key is unknown (undefined). */
function optionalText(d: Doc, key: string): string | undefined {
  if (!Object.hasOwn(d, key)) return undefined;
  const value = d[key];
  if (value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

/** A `{ quantity, items }` list as the SDK's `{ Quantity, Items }`: items null or absent is left out (the API reader decides whether that is empty); an element that is not one is the whole list unknown. */
function listOf<T>(value: unknown, element: (v: Doc) => T | undefined): { Quantity: number; Items?: T[] } | undefined {
  if (!isRecord(value)) return undefined;
  const quantity = numberOf(value.quantity);
  if (quantity === undefined) return undefined;
  if (value.items === undefined || value.items === null) return { Quantity: quantity };
  if (!Array.isArray(value.items)) return undefined;
  const items = value.items.map((v) => (isRecord(v) ? element(v) : undefined));
  return items.every((v): v is T => v !== undefined) ? { Quantity: quantity, Items: items } : undefined;
}

const behaviorOf = (b: Doc): CacheBehavior => ({
  PathPattern: stringOf(b.pathPattern), TargetOriginId: stringOf(b.targetOriginId), ViewerProtocolPolicy: stringOf(b.viewerProtocolPolicy) as CacheBehavior['ViewerProtocolPolicy'],
});

const groupOf = (g: Doc): OriginGroup => ({
  Id: stringOf(g.id), Members: listOf(g.members, (m) => ({ OriginId: stringOf(m.originId) })),
}) as OriginGroup;

function certificateOf(v: Doc): ViewerCertificate {
  return {
    CloudFrontDefaultCertificate: booleanOf(v.cloudFrontDefaultCertificate), ACMCertificateArn: optionalText(v, 'acmCertificateArn'), IAMCertificateId: optionalText(v, 'iamCertificateId'),
    SSLSupportMethod: emptyToUndefined(optionalText(v, 'sslSupportMethod')) as ViewerCertificate['SSLSupportMethod'], MinimumProtocolVersion: stringOf(v.minimumProtocolVersion) as ViewerCertificate['MinimumProtocolVersion'],
  };
}

const emptyToUndefined = (value: string | undefined): string | undefined => (value === '' ? undefined : value);

/** Values whose absence the API readers would read as "none": the item must hold their keys. */
function lacking(dc: Doc): Unreadable[] {
  const logging = doc(dc.logging);
  const certificate = doc(dc.viewerCertificate);
  const need: [Doc, string, string, string][] = [
    [dc, 'defaultRootObject', 'defaultRootObject', 'distributionConfig.defaultRootObject'],
    [dc, 'webACLId', 'webAclId', 'distributionConfig.webACLId'],
    [logging, 'bucket', 'logging.bucket', 'distributionConfig.logging.bucket'],
    [certificate, 'sslSupportMethod', 'viewerCertificate.sslSupportMethod', 'distributionConfig.viewerCertificate.sslSupportMethod'],
    [certificate, 'acmCertificateArn', 'viewerCertificate.certificateSource', 'distributionConfig.viewerCertificate.acmCertificateArn'],
    [certificate, 'iamCertificateId', 'viewerCertificate.certificateSource', 'distributionConfig.viewerCertificate.iamCertificateId'],
  ];
  const missing = need.filter(([d, key]) => optionalText(d, key) === undefined);
  const paths = [...new Set(missing.map(([, , path]) => path))];
  return paths.map((path) => ({ path, reason: `the Configuration Item has no configuration.${missing.find(([, , p]) => p === path)?.[3] ?? path} as a string or null` }));
}

/** One GetDistributionConfig per distribution, however many of its fields the item lacked. */
const configOf = oncePerItem((ctx, item): Promise<Fetch<GetDistributionConfigCommandOutput>> => {
  const cloudfront = ctx.clients.get(CloudFrontClient, ctx.region);
  return ctx.call(distributionCalls.GetDistributionConfig, () => cloudfront.send(new GetDistributionConfigCommand({ Id: idOf(item) })));
});

async function configField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const label = distributionCalls.GetDistributionConfig.label;
  const answer = await configOf(ctx, item);
  if (answer.kind === 'absent') return goneFrom('NoSuchDistribution', 'CloudFront no longer has the distribution AWS Config recorded', label);
  if (answer.kind === 'failed') return answer;
  const config = answer.value.DistributionConfig;
  if (config === undefined) return { kind: 'failed', failure: { code: 'IncompleteResponse', message: 'GetDistributionConfig answered no DistributionConfig', operation: label } };
  return fieldOf(distributionConfigFields(config), path, label);
}

/** The top-level field a part belongs to: `logging.bucket` → `logging`, `cacheBehaviors[0]` → `cacheBehaviors`. */
const headOf = (path: string): string => path.split(/[.[]/)[0] ?? path;

const isConfigField = (path: string): boolean => (GET_DISTRIBUTION_CONFIG_FIELDS as readonly string[]).includes(path);

export const cloudfrontDistributionFromConfig = defineConfigMapper({
  configType: 'AWS::CloudFront::Distribution',
  catalogType: 'aws.cloudfront.distribution',
  scope: 'global',
  fill: {
    calls: [distributionCalls],
    read(ctx, item, path) {
      return isConfigField(path) ? () => configField(ctx, item, path) : undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const dc = doc(c.distributionConfig);
    const dcb = doc(dc.defaultCacheBehavior);
    const logging = doc(dc.logging);
    const config: DistributionConfig = {
      CallerReference: stringOf(dc.callerReference), Comment: stringOf(dc.comment), Origins: undefined,
      Enabled: booleanOf(dc.enabled), DefaultRootObject: optionalText(dc, 'defaultRootObject'), WebACLId: optionalText(dc, 'webACLId'),
      DefaultCacheBehavior: isRecord(dc.defaultCacheBehavior) ? { TargetOriginId: stringOf(dcb.targetOriginId), ViewerProtocolPolicy: stringOf(dcb.viewerProtocolPolicy) } as DistributionConfig['DefaultCacheBehavior'] : undefined,
      CacheBehaviors: listOf(dc.cacheBehaviors, behaviorOf), OriginGroups: listOf(dc.originGroups, groupOf),
      Logging: isRecord(dc.logging) ? { Enabled: booleanOf(logging.enabled), Bucket: optionalText(logging, 'bucket') } : undefined,
      ViewerCertificate: isRecord(dc.viewerCertificate) ? certificateOf(dc.viewerCertificate) : undefined,
    };
    const api = readFields(distributionConfigFields(config));
    // The Config collector fills a field whole (a list, an object such as logging): a part the item lacks, or holds in a form CloudFront does not answer, makes its whole field unreadable.
    const parts: Unreadable[] = [...lacking(dc), ...api.unreadable.map((u) => ({ path: u.path, reason: `the Configuration Item does not read as CloudFront's answer: ${u.message}` }))];
    const own: Unreadable[] = [{ path: 'origins', reason: 'AWS Config\'s resource schema for AWS::CloudFront::Distribution lists no originAccessControlId on an origin' }];
    for (const part of parts) {
      const path = headOf(part.path);
      if (!own.some((u) => u.path === path)) own.push({ path, reason: part.reason });
    }
    const read = fromItem(api, own);
    const id = idOf(item);
    const domainName = stringOf(c.domainName);
    return {
      envelope: { type: 'aws.cloudfront.distribution', id, arn: stringOf(c.arn) ?? item.arn ?? `arn:${place.partition}:cloudfront::${place.account}:distribution/${id}`, tags: {} },
      fields: { distributionId: id, ...(domainName === undefined || domainName === '' ? {} : { domainName }), ...read.fields },
      unreadable: [...(domainName === undefined || domainName === '' ? [{ path: 'domainName', reason: 'the Configuration Item has no configuration.domainName' }] : []), ...read.unreadable],
    };
  },
});
