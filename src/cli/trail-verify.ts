/**
 * The work of `assay trail verify` once its options are checked: the trails
 * (named, from a snapshot, or every one the region lists), each verified
 * through the AWS store with progress on stderr, and the findings document.
 * Apart from the command so that `assay trail verify --help` loads no SDK.
 */
import { ClientPool } from '../collect/clients.js';
import { credentialProvider } from '../collect/credentials.js';
import { awsTrailStore } from '../collect/trail/aws-store.js';
import { findTrails, trailTarget } from '../collect/trail/trails.js';
import { AssayError } from '../diagnostics/error.js';
import type { ScanResult } from '../findings/schema.js';
import type { Snapshot } from '../snapshot/schema.js';
import { terminalText } from '../text/terminal.js';
import { verificationDocument } from '../trail/findings.js';
import { verifyTrail, type TrailTarget, type VerifyProgress } from '../trail/verify.js';
import type { CliIo } from './io.js';
import { packageVersion } from './version.js';

export interface TrailVerifyRun {
  readonly trails: readonly string[];
  readonly snapshot?: { readonly file: string; readonly value: Snapshot } | undefined;
  readonly start: string;
  readonly end: string;
  readonly regions?: readonly string[] | undefined;
  readonly concurrency: number;
  readonly quiet: boolean;
  readonly profile?: string | undefined;
  readonly roleArn?: string | undefined;
  readonly externalId?: string | undefined;
  readonly sessionName?: string | undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The snapshot's trails (those named, when any are), as targets; a name the snapshot lacks is an error. */
export function trailsFromSnapshot(snapshot: Snapshot, file: string, named: readonly string[]): TrailTarget[] {
  const targets: TrailTarget[] = [];
  for (const resource of snapshot.resources) {
    if (resource.type !== 'aws.cloudtrail.trail') continue;
    const data = resource.data;
    const target = trailTarget({
      Name: text(data.name) ?? resource.id, TrailARN: resource.arn, HomeRegion: text(data.homeRegion) ?? resource.region,
      S3BucketName: text(data.s3BucketName), S3KeyPrefix: text(data.s3KeyPrefix),
      IsMultiRegionTrail: data.isMultiRegionTrail === true, IsOrganizationTrail: data.isOrganizationTrail === true,
    });
    if (target !== undefined && (named.length === 0 || named.includes(target.name) || named.includes(target.arn))) targets.push(target);
  }
  for (const name of named) {
    if (!targets.some((t) => t.name === name || t.arn === name)) {
      throw new AssayError('UNKNOWN_TRAIL', `the snapshot has no trail ${JSON.stringify(name)} with an S3 bucket`, { location: { file }, hint: `its trails: ${snapshot.resources.filter((r) => r.type === 'aws.cloudtrail.trail').map((r) => r.id).sort().join(', ') || 'none'}` });
    }
  }
  if (targets.length === 0) throw new AssayError('UNKNOWN_TRAIL', 'the snapshot has no trail with an S3 bucket to verify', { location: { file } });
  return targets.sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
}

/** Progress on stderr: one line rewritten in place on a terminal, a line every few seconds otherwise. */
function progressLine(io: CliIo, quiet: boolean, now: () => number = Date.now): { update: (trail: string, p: VerifyProgress) => void; finish: () => void } {
  let last = 0;
  let shown = false;
  return {
    update(trail, p) {
      if (quiet) return;
      const line = `verifying ${terminalText(trail)}: ${p.digests.toLocaleString('en-US')} digest files, ${p.logFiles.toLocaleString('en-US')} log files`;
      if (io.stderr.isTTY) {
        io.stderr.write(`\r${line}\u001b[K`);
        shown = true;
      } else if (now() - last >= 5_000) {
        last = now();
        io.stderr.write(`${line}\n`);
      }
    },
    finish() {
      if (shown) io.stderr.write('\n');
      shown = false;
    },
  };
}

export async function runTrailVerify(options: TrailVerifyRun, io: CliIo): Promise<ScanResult> {
  const region = io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const clients = new ClientPool({
    credentials: credentialProvider({
      region,
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      ...(options.roleArn === undefined ? {} : { roleArn: options.roleArn }),
      ...(options.externalId === undefined ? {} : { externalId: options.externalId }),
      ...(options.sessionName === undefined ? {} : { sessionName: options.sessionName }),
    }),
  });
  try {
    const trails = options.snapshot === undefined ? await findTrails(clients, region, options.trails) : trailsFromSnapshot(options.snapshot.value, options.snapshot.file, options.trails);
    if (trails.length === 0) throw new AssayError('UNKNOWN_TRAIL', `DescribeTrails lists no trail with an S3 bucket in ${region}`, { location: { file: '--trail' }, hint: 'name trails with --trail (an ARN finds a trail in its home region), or set AWS_REGION' });
    const progress = progressLine(io, options.quiet);
    const verifications = [];
    for (const trail of trails) {
      const verification = await verifyTrail(awsTrailStore({ clients, region: trail.homeRegion }), trail, {
        start: options.start, end: options.end, regions: options.regions, concurrency: options.concurrency,
        onProgress: (p) => progress.update(trail.name, p),
      });
      progress.finish();
      if (!options.quiet) io.stderr.write(`${terminalText(trail.arn)}: ${verification.digests.toLocaleString('en-US')} digest files and ${verification.logFiles.toLocaleString('en-US')} log files in ${verification.chains.length} account/region chains, ${verification.issues.length} problems\n`);
      verifications.push(verification);
    }
    return verificationDocument(verifications, { generator: { name: 'assay', version: packageVersion() }, range: { start: options.start, end: options.end } });
  } finally {
    clients.destroy();
  }
}
