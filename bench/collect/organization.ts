/**
 * The fake organization: the management account (ACCOUNT) and `accounts - 1`
 * members, listed by Organizations; STS AssumeRole into any of them answers
 * credentials whose access key names the account (ASIA<account id>), which
 * is how the fake knows whose estate a later request asks about.
 */
import { ACCOUNT, type Estate } from './estate.js';
import { json, offsetOf, page, pageSize, queryAnswer, queryError, tokenOf, type Answer, type WireRequest } from './wire.js';

export const accountIds = (estate: Estate): string[] => [ACCOUNT, ...Array.from({ length: Math.max(0, estate.size.accounts - 1) }, (_, k) => String(100_000_000_001 + k))];

/** The account a request is made as: an assumed role's key names it; any other key is the management account. */
export function accountOfKey(accessKey: string): string {
  return /^ASIA(\d{12})$/.exec(accessKey)?.[1] ?? ACCOUNT;
}

export function answerOrganization(estate: Estate, request: WireRequest): { answer: Answer; modelled: boolean } | undefined {
  const { service, operation, params } = request;
  if (service === 'organizations' && operation === 'ListAccounts') {
    const { items, next } = page(accountIds(estate), offsetOf('a', params.NextToken), pageSize(params.MaxResults, 20, 20));
    const accounts = items.map((id, k) => ({ Id: id, Arn: `arn:aws:organizations::${ACCOUNT}:account/o-bench/${id}`, Email: `aws+${id}@example.com`, Name: id === ACCOUNT ? 'management' : `member-${k}`, Status: 'ACTIVE', State: 'ACTIVE', JoinedMethod: 'CREATED', JoinedTimestamp: 1_700_000_000 }));
    return { answer: json({ Accounts: accounts, ...(next === undefined ? {} : { NextToken: tokenOf('a', next) }) }), modelled: true };
  }
  if (service === 'sts' && operation === 'AssumeRole') {
    const account = /^arn:aws:iam::(\d{12}):role\//.exec(String(params.RoleArn))?.[1];
    if (account === undefined || !accountIds(estate).includes(account)) return { answer: queryError('AccessDenied', `not authorized to perform: sts:AssumeRole on resource: ${String(params.RoleArn)}`, 403), modelled: true };
    return {
      answer: queryAnswer('AssumeRole', 'https://sts.amazonaws.com/doc/2011-06-15/', `<Credentials><AccessKeyId>ASIA${account}</AccessKeyId><SecretAccessKey>bench</SecretAccessKey><SessionToken>bench</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROABENCH:${String(params.RoleSessionName)}</AssumedRoleId><Arn>arn:aws:sts::${account}:assumed-role/bench/${String(params.RoleSessionName)}</Arn></AssumedRoleUser>`),
      modelled: true,
    };
  }
  return undefined;
}
