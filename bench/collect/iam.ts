/**
 * IAM (query protocol) for the fake account: users and roles, each with
 * the per-entity lists the collectors read (mostly empty; one user in three
 * has an access key, every other user a console password), the account
 * summary, no password policy, and a credential report that is ready at
 * once, so collectors reading it do not sit in their polling loop.
 * ListUsers and ListRoles page by MaxItems (default 100), as IAM does.
 */
import { ACCOUNT, type Estate } from './estate.js';
import { elements, offsetOf, page, pageSize, queryAnswer, queryError, tokenOf, type Answer, type WireRequest } from './wire.js';

const NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const CREATED = '2024-03-01T10:00:00Z';
const userName = (i: number): string => `bench-user-${String(i).padStart(5, '0')}`;
const roleName = (i: number): string => `bench-role-${String(i).padStart(5, '0')}`;
const indexOf = (name: unknown, prefix: string, count: number): number | undefined => {
  const i = typeof name === 'string' && name.startsWith(prefix) ? Number(name.slice(prefix.length)) : Number.NaN;
  return Number.isInteger(i) && i >= 0 && i < count ? i : undefined;
};
const members = (list: readonly string[]): string => list.map((m) => `<member>${m}</member>`).join('');
const answer = (action: string, result: string): Answer => queryAnswer(action, NS, result);
const listed = (action: string, element: string, list: readonly string[] = []): Answer => answer(action, `<${element}>${members(list)}</${element}><IsTruncated>false</IsTruncated>`);

function paged(action: string, element: string, all: readonly string[], params: Readonly<Record<string, unknown>>): Answer {
  const { items, next } = page(all, offsetOf('i', params.Marker), pageSize(params.MaxItems, 100, 1000));
  return answer(action, `<${element}>${members(items)}</${element}><IsTruncated>${next !== undefined}</IsTruncated>${next === undefined ? '' : `<Marker>${tokenOf('i', next)}</Marker>`}`);
}

const user = (i: number): string => elements({ Path: '/', UserName: userName(i), UserId: `AIDABENCH${String(i).padStart(12, '0')}`, Arn: `arn:aws:iam::${ACCOUNT}:user/${userName(i)}`, CreateDate: CREATED });
const trust = encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }));
const role = (i: number, extra = ''): string => elements({
  Path: '/', RoleName: roleName(i), RoleId: `AROABENCH${String(i).padStart(12, '0')}`, Arn: `arn:aws:iam::${ACCOUNT}:role/${roleName(i)}`, CreateDate: CREATED, MaxSessionDuration: 3600,
}) + `<AssumeRolePolicyDocument>${trust}</AssumeRolePolicyDocument>${extra}`;

const REPORT_HEADER = 'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,'
  + 'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,'
  + 'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,'
  + 'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
const reportRow = (name: string, arn: string, password: string, mfa: boolean): string =>
  `${name},${arn},2024-03-01T10:00:00+00:00,${password},N/A,${password === 'true' ? '2024-03-01T10:00:00+00:00' : 'N/A'},N/A,${mfa},false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;

function credentialReport(estate: Estate): string {
  const rows = [`<root_account>,arn:aws:iam::${ACCOUNT}:root,2020-01-01T00:00:00+00:00,not_supported,2026-10-01T08:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`];
  for (let i = 0; i < estate.size.users; i++) rows.push(reportRow(userName(i), `arn:aws:iam::${ACCOUNT}:user/${userName(i)}`, String(i % 2 === 0), false));
  return Buffer.from(`${REPORT_HEADER}\n${rows.join('\n')}\n`).toString('base64');
}

const SUMMARY = { Users: 0, UsersQuota: 5000, Groups: 0, Roles: 0, Policies: 0, MFADevices: 1, MFADevicesInUse: 1, AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, AccountSigningCertificatesPresent: 0, AccountPasswordPresent: 0 };

export function answerIam(estate: Estate, request: WireRequest): { answer: Answer; modelled: boolean } {
  const { operation: action, params } = request;
  const u = indexOf(params.UserName, 'bench-user-', estate.size.users);
  const noUser = queryError('NoSuchEntity', `The user with name ${String(params.UserName)} cannot be found.`, 404);
  const known = (a: Answer): { answer: Answer; modelled: boolean } => ({ answer: a, modelled: true });
  switch (action) {
    case 'ListUsers': return known(paged(action, 'Users', Array.from({ length: estate.size.users }, (_, i) => user(i)), params));
    case 'GetLoginProfile':
      if (u === undefined) return known(noUser);
      return known(u % 2 === 0 ? answer(action, `<LoginProfile>${elements({ UserName: userName(u), CreateDate: CREATED, PasswordResetRequired: false })}</LoginProfile>`)
        : queryError('NoSuchEntity', `Login Profile for User ${userName(u)} cannot be found.`, 404));
    case 'ListAccessKeys':
      if (u === undefined) return known(noUser);
      return known(listed(action, 'AccessKeyMetadata', u % 3 === 0 ? [elements({ UserName: userName(u), AccessKeyId: `AKIABENCH${String(u).padStart(11, '0')}`, Status: 'Active', CreateDate: CREATED })] : []));
    case 'GetAccessKeyLastUsed': {
      const k = indexOf(params.AccessKeyId, 'AKIABENCH', estate.size.users);
      if (k === undefined) return known(queryError('NoSuchEntity', `The Access Key with id ${String(params.AccessKeyId)} cannot be found.`, 404));
      return known(answer(action, `${elements({ UserName: userName(k) })}<AccessKeyLastUsed>${elements({ LastUsedDate: '2026-10-01T08:00:00Z', ServiceName: 's3', Region: 'us-east-1' })}</AccessKeyLastUsed>`));
    }
    case 'ListMFADevices': return known(listed(action, 'MFADevices'));
    case 'ListAttachedUserPolicies': case 'ListAttachedRolePolicies': return known(listed(action, 'AttachedPolicies'));
    case 'ListUserPolicies': case 'ListRolePolicies': return known(listed(action, 'PolicyNames'));
    case 'ListGroupsForUser': return known(listed(action, 'Groups'));
    case 'ListRoles': return known(paged(action, 'Roles', Array.from({ length: estate.size.roles }, (_, i) => role(i)), params));
    case 'GetRole': {
      const r = indexOf(params.RoleName, 'bench-role-', estate.size.roles);
      if (r === undefined) return known(queryError('NoSuchEntity', `The role with name ${String(params.RoleName)} cannot be found.`, 404));
      return known(answer(action, `<Role>${role(r, r % 2 === 0 ? `<RoleLastUsed>${elements({ LastUsedDate: '2026-10-01T08:00:00Z', Region: 'us-east-1' })}</RoleLastUsed>` : '<RoleLastUsed/>')}</Role>`));
    }
    case 'ListInstanceProfilesForRole': return known(listed(action, 'InstanceProfiles'));
    case 'ListPolicies': return known(listed(action, 'Policies'));
    case 'ListServerCertificates': return known(listed(action, 'ServerCertificateMetadataList'));
    case 'ListVirtualMFADevices': return known(listed(action, 'VirtualMFADevices'));
    case 'GetAccountSummary': {
      const summary = { ...SUMMARY, Users: estate.size.users, Roles: estate.size.roles };
      return known(answer(action, `<SummaryMap>${Object.entries(summary).map(([k, v]) => `<entry>${elements({ key: k, value: v })}</entry>`).join('')}</SummaryMap>`));
    }
    case 'GetAccountPasswordPolicy': return known(queryError('NoSuchEntity', `The Password Policy with domain name ${ACCOUNT} cannot be found.`, 404));
    case 'GenerateCredentialReport': return known(answer(action, '<State>COMPLETE</State><Description>ready</Description>'));
    case 'GetCredentialReport':
      return known(answer(action, `<Content>${credentialReport(estate)}</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2026-11-01T11:00:00Z</GeneratedTime>`));
    default: return { answer: answer(action, '<IsTruncated>false</IsTruncated>'), modelled: false };
  }
}
