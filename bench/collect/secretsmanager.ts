/**
 * Secrets Manager (AWS JSON 1.1) for the fake account: in each region one
 * secret per topic (bench/app-<t>/db) and a legacy token never given a
 * rotation, so an estate without topics still has one. Settings vary with
 * the index: every other secret rotates (every sixth of those with a
 * rotation that failed, its next date passed), every third is under the
 * region's first key, every fifth has never been read. ListSecrets pages
 * by NextToken, 100 at a time as MaxResults allows.
 */
import { ACCOUNT, keyId, type Estate } from './estate.js';
import { json, offsetOf, page, pageSize, tokenOf, type Answer, type WireRequest } from './wire.js';

export interface SecretModel {
  readonly name: string;
  readonly index: number;
  readonly rotating: boolean;
  readonly failing: boolean;
  readonly kms: boolean;
  readonly read: boolean;
}

export function secretModels(estate: Estate): SecretModel[] {
  const model = (name: string, index: number, rotating: boolean): SecretModel => ({
    name, index, rotating, failing: rotating && index % 6 === 1, kms: index % 3 === 0, read: index % 5 !== 4,
  });
  return [...Array.from({ length: estate.size.topics }, (_, t) => model(`bench/app-${String(t)}/db`, t + 1, t % 2 === 0)), model('bench/legacy-token', 0, false)];
}

/** Seconds since the epoch, as the JSON protocol sends dates; fixed, so answers never depend on the clock. */
const BASE = 1_790_000_000;
const DAY = 86_400;

/** A secret as ListSecrets answers it (config.ts renders the same as a Configuration Item). */
export function secretEntry(region: string, r: number, m: SecretModel): Record<string, unknown> {
  const rotation = m.rotating
    ? {
      RotationEnabled: true, RotationLambdaARN: `arn:aws:lambda:${region}:${ACCOUNT}:function:bench-rotator`, RotationRules: { AutomaticallyAfterDays: 30, ScheduleExpression: 'rate(30 days)' },
      LastRotatedDate: BASE - (m.failing ? 70 : 5) * DAY, NextRotationDate: BASE + (m.failing ? -40 : 25) * DAY,
    }
    : {};
  return {
    ARN: `arn:aws:secretsmanager:${region}:${ACCOUNT}:secret:${m.name}-${String(m.index).padStart(6, '0')}`, Name: m.name, CreatedDate: BASE - (400 + m.index) * DAY, LastChangedDate: BASE - 10 * DAY,
    ...(m.kms ? { KmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(r, 0)}` } : {}),
    ...(m.read ? { LastAccessedDate: BASE - (m.index % 4) * 60 * DAY } : {}),
    ...rotation,
    Tags: [{ Key: 'bench', Value: 'true' }], SecretVersionsToStages: { v1: ['AWSCURRENT'] },
  };
}

export function answerSecretsManager(estate: Estate, request: WireRequest): Answer {
  const { operation, params, region } = request;
  const r = estate.regionIndex(region);
  const models = r < 0 ? [] : secretModels(estate);
  if (operation === 'ListSecrets') {
    const { items, next } = page(models, offsetOf('s', params.NextToken), pageSize(params.MaxResults, 100, 100));
    return json({ SecretList: items.map((m) => secretEntry(region, r, m)), ...(next === undefined ? {} : { NextToken: tokenOf('s', next) }) });
  }
  return json({});
}
