/**
 * The trails `assay trail verify` checks, found with DescribeTrails: by name
 * in a region, by ARN in its home region, or every trail a region lists
 * (shadow trails included, so a multi-region or organization trail homed
 * elsewhere is found too). Only where a trail writes matters here.
 */
import { CloudTrailClient, DescribeTrailsCommand, type Trail } from '@aws-sdk/client-cloudtrail';
import { AssayError } from '../../diagnostics/error.js';
import type { TrailTarget } from '../../trail/verify.js';
import type { ClientPool } from '../clients.js';
import { describeError } from '../failure.js';
import { trailLookup } from './calls.js';

const TRAIL_ARN = /^arn:(aws[a-z-]*):cloudtrail:([a-z0-9-]+):(\d{12}):trail\/(.+)$/;

/** A trail's target, or undefined when it has no bucket or a malformed ARN. */
export function trailTarget(trail: Pick<Trail, 'Name' | 'TrailARN' | 'HomeRegion' | 'S3BucketName' | 'S3KeyPrefix' | 'IsMultiRegionTrail' | 'IsOrganizationTrail'>): TrailTarget | undefined {
  const arn = TRAIL_ARN.exec(trail.TrailARN ?? '');
  if (arn === null || trail.S3BucketName === undefined || trail.S3BucketName === '') return undefined;
  const [, partition = 'aws', region = '', account = '', name = ''] = arn;
  return {
    name: trail.Name ?? name,
    arn: trail.TrailARN ?? '',
    account,
    partition,
    homeRegion: trail.HomeRegion ?? region,
    bucket: trail.S3BucketName,
    keyPrefix: trail.S3KeyPrefix === '' ? undefined : trail.S3KeyPrefix,
    multiRegion: trail.IsMultiRegionTrail === true,
    organization: trail.IsOrganizationTrail === true,
  };
}

async function describe(clients: ClientPool, region: string, names: readonly string[] | undefined): Promise<Trail[]> {
  try {
    const answer = await clients.get(CloudTrailClient, region).send(new DescribeTrailsCommand({ includeShadowTrails: true, ...(names === undefined ? {} : { trailNameList: [...names] }) }));
    return answer.trailList ?? [];
  } catch (error) {
    const { code, message } = describeError(error);
    throw new AssayError('COLLECT_FAILED', `cannot list the trails in ${region} (${trailLookup.label}: ${code}: ${message})`, { cause: error, hint: '`assay permissions --trail-verify` prints the permissions trail verification needs' });
  }
}

/**
 * The trails named (names or ARNs), or every trail `region` lists when none
 * is. A name that finds nothing is an error: verifying less than asked must
 * not look like a pass.
 */
export async function findTrails(clients: ClientPool, region: string, named: readonly string[]): Promise<TrailTarget[]> {
  if (named.length === 0) {
    const listed = await describe(clients, region, undefined);
    const targets = listed.flatMap((t) => { const target = trailTarget(t); return target === undefined ? [] : [target]; });
    const unique = new Map(targets.map((t) => [t.arn, t]));
    return [...unique.values()].sort((a, b) => (a.arn < b.arn ? -1 : 1));
  }
  const found: TrailTarget[] = [];
  for (const name of named) {
    const arn = TRAIL_ARN.exec(name);
    const where = arn?.[2] ?? region;
    const listed = await describe(clients, where, [name]);
    const match = listed.find((t) => t.TrailARN === name || t.Name === name);
    const target = match === undefined ? undefined : trailTarget(match);
    if (target === undefined) {
      throw new AssayError('UNKNOWN_TRAIL', `no trail ${JSON.stringify(name)} with an S3 bucket in ${where}`, {
        location: { file: '--trail' },
        hint: arn === null ? 'name a trail by its ARN to look in its home region, or set the region with AWS_REGION' : undefined,
      });
    }
    found.push(target);
  }
  return found;
}
