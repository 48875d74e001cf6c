/**
 * AWS::ACM::Certificate → aws.acm.certificate. AWS's Config resource schema
 * for the type (awslabs/aws-config-resource-schema) records the certificate
 * as DescribeCertificate answers it, camelCase: certificateArn, domainName,
 * type, status, keyAlgorithm, notBefore, notAfter, renewalEligibility and
 * inUseBy (with the subject, issuer, serial, validation options and renewal
 * summary, which no field reads); Config's id for a certificate is its ARN.
 * What the item holds is read back into the SDK's CertificateDetail and
 * mapped by the API collector's own functions: one mapping, two sources, so
 * the hyphenated key algorithm (RSA-2048) reads as the underscore spelling
 * either way, and a validity date is null only for a certificate ACM never
 * issued. Config spells "none" as null, so a null inUseBy is "used by
 * nothing", as the API's absent member is, and a null validity date is the
 * API's absent one; a key the item lacks, or a value in a form ACM does not
 * answer (a date without a zone), is read in the same run with the API
 * collector's DescribeCertificate row, one call per certificate (not with
 * an aggregator, where those fields are errors on the certificate). A
 * certificate deleted since Config recorded it answers
 * ResourceNotFoundException there: an error on those fields, never "none".
 * The API collector reads no tags, so neither does this mapping.
 */
import { ACMClient, DescribeCertificateCommand, type CertificateDetail, type DescribeCertificateCommandOutput } from '@aws-sdk/client-acm';
import { readFields } from '../../answers.js';
import { certificateCalls } from '../../aws/acm/certificates.js';
import { certificateFields, DESCRIBE_CERTIFICATE_FIELDS } from '../../aws/acm/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { fieldOf, goneFrom, oncePerItem } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, stringOf } from '../mapper.js';
import { fromItem, timeOf, unanswered, type Answered } from '../read.js';

/** The certificate's ARN: the item's configuration.certificateArn, else its own ARN or id (Config's id for a certificate is its ARN). */
const arnOf = (item: ConfigurationItem): string => stringOf(item.configuration?.certificateArn) ?? item.arn ?? item.resourceId;

/** What DescribeCertificate answers for every certificate; the validity dates and inUseBy may be null (never issued, used by nothing). */
const ANSWERED: readonly Answered[] = [
  { key: 'domainName', path: 'domainName', kind: 'string' },
  { key: 'type', path: 'type', kind: 'string' },
  { key: 'status', path: 'status', kind: 'string' },
  { key: 'keyAlgorithm', path: 'keyAlgorithm', kind: 'string' },
  { key: 'notBefore', path: 'notBefore', kind: 'time' },
  { key: 'notAfter', path: 'notAfter', kind: 'time' },
  { key: 'renewalEligibility', path: 'renewalEligibility', kind: 'string' },
  { key: 'inUseBy', path: 'inUseBy', kind: 'list' },
];

/** One DescribeCertificate per certificate, however many of its fields the item lacked. */
const describe = oncePerItem((ctx, item): Promise<Fetch<DescribeCertificateCommandOutput>> => {
  const acm = ctx.clients.get(ACMClient, ctx.region);
  return ctx.call(certificateCalls.DescribeCertificate, () => acm.send(new DescribeCertificateCommand({ CertificateArn: arnOf(item) })));
});

async function describedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const label = certificateCalls.DescribeCertificate.label;
  const answer = await describe(ctx, item);
  if (answer.kind === 'absent') return goneFrom('ResourceNotFoundException', 'ACM no longer has the certificate AWS Config recorded', label);
  if (answer.kind === 'failed') return answer;
  const detail = answer.value.Certificate;
  if (detail === undefined) return { kind: 'failed', failure: { code: 'IncompleteResponse', message: 'DescribeCertificate answered no certificate', operation: label } };
  return fieldOf(certificateFields(detail), path, label);
}

const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined);

export const acmCertificateFromConfig = defineConfigMapper({
  configType: 'AWS::ACM::Certificate',
  catalogType: 'aws.acm.certificate',
  fill: {
    calls: [certificateCalls],
    read(ctx, item, path) {
      return (DESCRIBE_CERTIFICATE_FIELDS as readonly string[]).includes(path) ? () => describedField(ctx, item, path) : undefined;
    },
  },
  map(item) {
    const c = item.configuration ?? {};
    const inUseBy = c.inUseBy === null ? [] : strings(c.inUseBy);
    const own = [
      ...unanswered(c, ANSWERED),
      ...(Array.isArray(c.inUseBy) && inUseBy === undefined ? [{ path: 'inUseBy', reason: 'configuration.inUseBy in the Configuration Item is not a list of ARNs' }] : []),
    ];
    const detail: CertificateDetail = {
      CertificateArn: arnOf(item), DomainName: stringOf(c.domainName), Type: stringOf(c.type) as CertificateDetail['Type'], Status: stringOf(c.status) as CertificateDetail['Status'],
      KeyAlgorithm: stringOf(c.keyAlgorithm) as CertificateDetail['KeyAlgorithm'], NotBefore: timeOf(c.notBefore), NotAfter: timeOf(c.notAfter),
      RenewalEligibility: stringOf(c.renewalEligibility) as CertificateDetail['RenewalEligibility'],
      InUseBy: inUseBy,
    };
    const read = fromItem(readFields(certificateFields(detail)), own);
    const arn = arnOf(item);
    return {
      envelope: { type: 'aws.acm.certificate', id: arn, arn, tags: {} },
      fields: { arn, ...read.fields },
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
