/**
 * The checks of `assay trail verify`, described as policies so every report
 * format renders them like a scan's: one id per kind of break, so a report
 * says which guarantee failed, and one finding per trail and check.
 */
import type { PolicyInfo } from '../findings/schema.js';
import type { CheckKind } from './issues.js';

const REFERENCES = [
  'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
  'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-custom-validation.html',
];

const base = { resourceType: 'aws.cloudtrail.trail', frameworks: {}, references: REFERENCES, origin: 'bundled' as const };

const investigate = 'Treat it as a possible tampering incident: find who wrote or deleted the objects (S3 server access logs, CloudTrail data events on the bucket), restore them from a replica or version if the bucket keeps them, and protect the bucket with Object Lock or MFA delete.';

export const trailPolicies: Readonly<Record<CheckKind, PolicyInfo>> = {
  digests: {
    ...base,
    id: 'trail-integrity-digests-valid',
    title: 'CloudTrail digest files are signed by CloudTrail and unchanged',
    severity: 'critical',
    description: 'Every digest file delivered in the range is where CloudTrail wrote it, is a well-formed digest, and its SHA256withRSA signature (x-amz-meta-signature) verifies with the public key CloudTrail lists for its region (ListPublicKeys).',
    rationale: 'A digest file vouches for the log files of its hour; one that does not verify was edited, replaced or forged, and nothing it lists can be trusted.',
    remediation: { text: investigate, cli: [] },
  },
  chain: {
    ...base,
    id: 'trail-integrity-chain-intact',
    title: 'CloudTrail digest files form an unbroken chain',
    severity: 'high',
    description: 'Each digest file names the digest file before it (previousDigestS3Object) and carries its signature (previousDigestSignature); the digests of the range link up, in order, with none missing.',
    rationale: 'Deleting a digest file (to hide the log files it lists), re-ordering digests, or restarting the chain all break a link; a restart also means logging or validation was stopped.',
    remediation: { text: `${investigate} A chain restart with no deletion means log file validation or logging was turned off: find the StopLogging or UpdateTrail call.`, cli: [] },
  },
  'log-files-unmodified': {
    ...base,
    id: 'trail-integrity-log-files-unmodified',
    title: 'CloudTrail log files match the hashes their digests record',
    severity: 'critical',
    description: 'The SHA-256 of every log file\'s uncompressed content equals the hashValue its valid digest file records.',
    rationale: 'A log file whose hash differs was edited after delivery: the events it holds cannot be relied on.',
    remediation: { text: investigate, cli: [] },
  },
  'log-files-present': {
    ...base,
    id: 'trail-integrity-log-files-present',
    title: 'CloudTrail log files named by digests exist',
    severity: 'high',
    description: 'Every log file a valid digest file lists is still in the bucket.',
    rationale: 'A log file listed in a digest but missing from the bucket was deleted after delivery, taking its events with it.',
    remediation: { text: `${investigate} Check lifecycle rules too: a rule that expires log files before digests makes them look deleted.`, cli: [] },
  },
  coverage: {
    ...base,
    id: 'trail-integrity-coverage',
    title: 'Valid CloudTrail digest files cover the whole period',
    severity: 'high',
    description: 'Every part of the range is covered by a valid digest file of each account and region the trail logs (CloudTrail delivers one every hour, with or without log files); the last hour may still be waiting for its digest.',
    rationale: 'A period without a valid digest has no integrity evidence: logging or log file validation was off, or its digests were deleted or do not verify.',
    remediation: { text: 'Enable log file validation on the trail (aws cloudtrail update-trail --enable-log-file-validation) and keep it logging; investigate periods where it was off or digests are gone.', cli: [] },
  },
};
