/**
 * Secrets Manager secrets: rotating on schedule, rotating but failing
 * (next rotation date passed), never rotated, rotation turned off; read
 * recently, long ago or never; under a customer key or the AWS managed
 * one; a few owned by RDS, and a few whose rotation flag AWS left out.
 */
import { secretsmanagerSecret } from '../../src/resources/types/secretsmanager-secret.js';
import { daysAgo, daysAhead, defineRecipe, denied, field, type Recipe, type Variation } from './recipe.js';

export const secretRecipe: Recipe = defineRecipe({
  definition: secretsmanagerSecret,
  weight: 8,
  vary(rng): Variation<typeof secretsmanagerSecret.data> {
    const rotation = rng.pick(['ok', 'ok', 'failing', 'never', 'off'] as const);
    const on = rotation === 'ok' || rotation === 'failing';
    const days = rng.pick([7, 30, 30, 90] as const);
    const rotatedAgo = rotation === 'ok' ? rng.int(0, days - 1) : rotation === 'failing' ? days + rng.int(1, 200) : rng.int(100, 900);
    return {
      data: {
        createdDate: daysAgo(rng.int(1, 2000)),
        kmsKeyId: rng.chance(0.6) ? secretsmanagerSecret.example.kmsKeyId : null,
        owningService: rng.chance(0.1) ? 'rds' : null,
        rotationEnabled: on,
        rotationLambdaArn: rotation === 'never' ? null : secretsmanagerSecret.example.rotationLambdaArn,
        rotationRules: rotation === 'never' ? null : { automaticallyAfterDays: days, scheduleExpression: rng.chance(0.5) ? `rate(${String(days)} days)` : null, duration: rng.chance(0.5) ? '3h' : null },
        lastRotatedDate: rotation === 'never' ? null : daysAgo(rotatedAgo),
        nextRotationDate: rotation === 'ok' ? daysAhead(days - rotatedAgo) : rotation === 'failing' ? daysAgo(rotatedAgo - days) : null,
        lastAccessedDate: rng.chance(0.15) ? null : daysAgo(rng.pick([0, 1, 5, 30, 120, 400])),
      },
      ...(rng.chance(0.03) ? { errors: [denied('rotationEnabled', 'secretsmanager:ListSecrets', 'IncompleteResponse')] } : {}),
    };
  },
  identify(seq, place, template) {
    const name = `app-${String(seq % 23)}/secret-${String(seq)}`;
    const arn = `arn:aws:secretsmanager:${place.region}:${place.account}:secret:${name}-${(seq * 7919).toString(36).padStart(6, '0').slice(-6)}`;
    const data: Record<string, unknown> = { name, arn };
    if (field(template, 'kmsKeyId') !== null) data.kmsKeyId = `arn:aws:kms:${place.region}:${place.account}:alias/secrets`;
    return { id: name, arn, data };
  },
});
