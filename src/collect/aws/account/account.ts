/**
 * aws.account: the synthetic resource for account-wide settings — IAM
 * password policy, account summary, the root user's virtual MFA and
 * credential-report row, account-level S3 Block Public Access, the security
 * contact, organization membership and the names of the account's S3
 * buckets in every region. Each setting is its own call and
 * fails on its own; "not configured" answers (NoSuchEntity,
 * NoSuchPublicAccessBlockConfiguration, ResourceNotFoundException,
 * AWSOrganizationsNotInUseException) are null. The credential report is
 * shared with aws.iam.user (see ../iam/credential-report.ts).
 */
import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import { GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, IAMClient, paginateListVirtualMFADevices } from '@aws-sdk/client-iam';
import { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { paginateListBuckets, S3Client } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { callTable } from '../../calls.js';
import type { CollectContext, DataOf, ResourceDraft } from '../../context.js';
import { defineCollector, type Collector } from '../../define.js';
import { asIs, mapped } from '../../answers.js';
import { credentialReport, credentialReportCalls, defaultPolling, reportRow, type ReportPolling } from '../iam/credential-report.js';
import { ROOT_ROW } from '../iam/credential-report-csv.js';
import { listFetch } from '../../listing.js';
import { organization, passwordPolicy, publicAccessBlock, rootHasVirtualMfa, securityContact, summary } from './map.js';
import { s3ControlClientClass } from './s3-control.js';

export const accountIamCalls = callTable('IAM', 'iam', {
  GetAccountPasswordPolicy: { iam: 'iam:GetAccountPasswordPolicy', absentOn: ['NoSuchEntity', 'NoSuchEntityException'], fills: ['passwordPolicy'] },
  GetAccountSummary: { iam: 'iam:GetAccountSummary', fills: ['summary'] },
  ListVirtualMFADevices: { iam: 'iam:ListVirtualMFADevices', fills: ['rootVirtualMfa'] },
});

const rootReportCalls = credentialReportCalls('rootCredentialReport');

export const accountCalls = {
  s3Control: callTable('S3Control', 's3', {
    // Named by its IAM action: S3's bucket-level call has the same operation name.
    GetPublicAccessBlock: { iam: 's3:GetAccountPublicAccessBlock', absentOn: ['NoSuchPublicAccessBlockConfiguration'], fills: ['s3PublicAccessBlock'], label: 's3:GetAccountPublicAccessBlock' },
  }),
  s3: callTable('S3', 's3', { ListBuckets: { iam: 's3:ListAllMyBuckets', fills: ['s3BucketNames'] } }),
  account: callTable('Account', 'account', { GetAlternateContact: { iam: 'account:GetAlternateContact', absentOn: ['ResourceNotFoundException'], fills: ['securityContact'] } }),
  organizations: callTable('Organizations', 'organizations', {
    DescribeOrganization: { iam: 'organizations:DescribeOrganization', absentOn: ['AWSOrganizationsNotInUseException'], fills: ['organization'] },
  }),
};

export function awsAccountCollector(polling: ReportPolling = defaultPolling): Collector {
  return defineCollector({
    type: 'aws.account',
    scope: 'global',
    calls: [accountIamCalls, rootReportCalls, accountCalls.s3Control, accountCalls.s3, accountCalls.account, accountCalls.organizations],
    async collect(ctx) {
      const report = credentialReport(ctx, polling);
      const draft = ctx.draft({ type: 'aws.account', id: ctx.account });
      const settings = await Promise.all([
        iamSettings(ctx),
        blockPublicAccess(ctx),
        bucketNames(ctx),
        contact(ctx),
        membership(ctx),
      ]);
      const rootRow = rootReportRow(reportRow(await report, ROOT_ROW));
      // Applied in catalog order once every answer is in, so the resource reads the same however the calls raced.
      const [iamPart, ...rest] = settings;
      iamPart(draft);
      draft.field('rootCredentialReport', rootRow, asIs);
      for (const apply of rest) apply(draft);
      ctx.emit(draft.build());
    },
  });
}

export const awsAccount = awsAccountCollector();

type AccountData = DataOf<'aws.account'>;
type Apply = (draft: ResourceDraft<AccountData>) => void;

/**
 * The root user's row. IAM lists the root user in every credential report
 * (as <root_account>), so a report without that row is incomplete: unknown,
 * never "root has no credentials". (A user's missing row is different: the
 * user may be newer than the report.)
 */
function rootReportRow(row: ReturnType<typeof reportRow>): ReturnType<typeof reportRow> {
  if (row.kind !== 'ok' || row.value !== null) return row;
  return { kind: 'failed', failure: { code: 'IncompleteResponse', message: `the credential report has no ${ROOT_ROW} row, which IAM always includes`, operation: rootReportCalls.GetCredentialReport.label } };
}

async function iamSettings(ctx: CollectContext): Promise<Apply> {
  const iam = ctx.clients.get(IAMClient, ctx.region);
  const policy = await ctx.call(accountIamCalls.GetAccountPasswordPolicy, () => iam.send(new GetAccountPasswordPolicyCommand({})));
  const answered = await ctx.call(accountIamCalls.GetAccountSummary, () => iam.send(new GetAccountSummaryCommand({})));
  const devices = await listFetch(accountIamCalls.ListVirtualMFADevices, () => paginateListVirtualMFADevices({ client: iam }, { AssignmentStatus: 'Assigned' }), (page) => page.VirtualMFADevices);
  return (draft) => {
    draft.field('passwordPolicy', mapped(policy, (a) => passwordPolicy(a.PasswordPolicy), accountIamCalls.GetAccountPasswordPolicy.label), asIs);
    if (answered.kind === 'ok') {
      const { value, missing } = summary(answered.value.SummaryMap);
      // Each key the map lacked fails at its own path below, so the object is complete or says which leaf is not.
      draft.set('summary', value as AccountData['summary']);
      for (const { field, key } of missing) {
        draft.fail(`summary.${field}`, { code: 'IncompleteResponse', message: `GetAccountSummary's SummaryMap has no ${key}`, operation: accountIamCalls.GetAccountSummary.label });
      }
    } else {
      draft.unanswered('summary', answered);
    }
    draft.field('rootVirtualMfa', mapped(devices, (list) => rootHasVirtualMfa(list, ctx.partition, ctx.account), accountIamCalls.ListVirtualMFADevices.label), asIs);
  };
}

async function blockPublicAccess(ctx: CollectContext): Promise<Apply> {
  const s3control = ctx.clients.get(s3ControlClientClass(ctx.clients.customEndpoint), ctx.region);
  const answer = await ctx.call(accountCalls.s3Control.GetPublicAccessBlock, () => s3control.send(new GetPublicAccessBlockCommand({ AccountId: ctx.account })));
  return (draft) => draft.field('s3PublicAccessBlock', mapped(answer, (a) => publicAccessBlock(a.PublicAccessBlockConfiguration), accountCalls.s3Control.GetPublicAccessBlock.label), asIs);
}

/** Unfiltered, ListBuckets names every bucket the account owns, whichever region it is in. */
async function bucketNames(ctx: CollectContext): Promise<Apply> {
  const s3 = ctx.clients.get(S3Client, ctx.region);
  const listed = await listFetch(accountCalls.s3.ListBuckets, () => paginateListBuckets({ client: s3 }, {}), (page) => page.Buckets);
  return (draft) => draft.field('s3BucketNames', listed, (buckets) => buckets.flatMap((b) => (b.Name === undefined || b.Name === '' ? [] : [b.Name])).sort());
}

async function contact(ctx: CollectContext): Promise<Apply> {
  const account = ctx.clients.get(AccountClient, ctx.region);
  // No AccountId: the caller's own account (a management account may not name itself).
  const answer = await ctx.call(accountCalls.account.GetAlternateContact, () => account.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' })));
  return (draft) => draft.field('securityContact', mapped(answer, securityContact, accountCalls.account.GetAlternateContact.label), asIs);
}

async function membership(ctx: CollectContext): Promise<Apply> {
  const organizations = ctx.clients.get(OrganizationsClient, ctx.region);
  const answer = await ctx.call(accountCalls.organizations.DescribeOrganization, () => organizations.send(new DescribeOrganizationCommand({})));
  return (draft) => draft.field('organization', mapped(answer, (a) => organization(a, ctx.account), accountCalls.organizations.DescribeOrganization.label), asIs);
}
