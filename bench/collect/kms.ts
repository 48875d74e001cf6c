/**
 * KMS (AWS JSON 1.1) for the fake account. ListKeys pages as KMS does:
 * `Limit` 1–1000, default 100, `Truncated` and `NextMarker`. One key in ten
 * is asymmetric (no rotation to ask about) and one in ten AWS-managed.
 */
import { ACCOUNT, keyId, parseKey, type Estate } from './estate.js';
import { json, jsonError, offsetOf, page, pageSize, tokenOf, type Answer, type WireRequest } from './wire.js';

const arnOf = (region: string, id: string): string => `arn:aws:kms:${region}:${ACCOUNT}:key/${id}`;

function metadata(region: string, id: string, i: number): Record<string, unknown> {
  const asymmetric = i % 10 === 9;
  return {
    AWSAccountId: ACCOUNT, KeyId: id, Arn: arnOf(region, id), CreationDate: 1_700_000_000 + i, Enabled: true, Description: `bench key ${i}`,
    KeyUsage: asymmetric ? 'SIGN_VERIFY' : 'ENCRYPT_DECRYPT', KeyState: 'Enabled', Origin: 'AWS_KMS', KeyManager: i % 10 === 8 ? 'AWS' : 'CUSTOMER',
    CustomerMasterKeySpec: asymmetric ? 'RSA_2048' : 'SYMMETRIC_DEFAULT', KeySpec: asymmetric ? 'RSA_2048' : 'SYMMETRIC_DEFAULT',
    EncryptionAlgorithms: asymmetric ? undefined : ['SYMMETRIC_DEFAULT'], SigningAlgorithms: asymmetric ? ['RSASSA_PSS_SHA_256'] : undefined, MultiRegion: false,
  };
}

export function answerKms(estate: Estate, request: WireRequest): Answer {
  const { region, operation, params } = request;
  const r = estate.regionIndex(region);
  if (operation === 'ListKeys') {
    const all = r < 0 ? [] : Array.from({ length: estate.size.keys }, (_, i) => keyId(r, i));
    const { items, next } = page(all, offsetOf('m', params.Marker), pageSize(params.Limit, 100, 1000));
    return json({ Keys: items.map((id) => ({ KeyId: id, KeyArn: arnOf(region, id) })), Truncated: next !== undefined, ...(next === undefined ? {} : { NextMarker: tokenOf('m', next) }) });
  }
  if (!['DescribeKey', 'GetKeyRotationStatus', 'GetKeyPolicy'].includes(operation)) return json({});
  const i = parseKey(estate, region, params.KeyId);
  if (i === undefined) return jsonError('NotFoundException', `Key '${String(params.KeyId)}' does not exist`);
  const id = keyId(r, i);
  if (operation === 'DescribeKey') return json({ KeyMetadata: metadata(region, id, i) });
  if (operation === 'GetKeyRotationStatus') {
    if (i % 10 === 9) return jsonError('UnsupportedOperationException', `${arnOf(region, id)} origin is AWS_KMS and spec is RSA_2048, which is not supported`);
    return json({ KeyRotationEnabled: i % 3 !== 0, KeyId: id, ...(i % 3 !== 0 ? { RotationPeriodInDays: 365, NextRotationDate: 1_800_000_000 } : {}) });
  }
  const policy = { Version: '2012-10-17', Id: 'key-default-1', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }] };
  return json({ Policy: JSON.stringify(policy), PolicyName: 'default' });
}
