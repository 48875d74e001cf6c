/**
 * aws.secretsmanager.secret: the secrets of the region, from ListSecrets
 * alone (100 a page), which answers every field the catalog holds, the
 * tags included, so no DescribeSecret is sent. The secret's value is never
 * read: no GetSecretValue, and `assay permissions` does not ask for it.
 * Secrets scheduled for deletion are not listed (IncludePlannedDeletion is
 * left off): they cannot be read or rotated while they wait.
 */
import { paginateListSecrets, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { setFields, tagMap } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { secretFields } from './map.js';

export const secretCalls = callTable('SecretsManager', 'secretsmanager', {
  ListSecrets: {
    iam: 'secretsmanager:ListSecrets',
    fills: ['name', 'arn', 'createdDate', 'kmsKeyId', 'owningService', 'rotationEnabled', 'rotationLambdaArn', 'rotationRules', 'lastRotatedDate', 'nextRotationDate', 'lastAccessedDate'],
  },
});

export const secretsmanagerSecrets = defineCollector({
  type: 'aws.secretsmanager.secret',
  scope: 'regional',
  calls: [secretCalls],
  async collect(ctx) {
    const sm = ctx.clients.get(SecretsManagerClient, ctx.region);
    const entries = await listResources(ctx, secretCalls.ListSecrets, () => paginateListSecrets({ client: sm, pageSize: 100 }, {}), (page) => page.SecretList);
    for (const entry of entries) {
      const name = listedId(ctx, entry.Name, secretCalls.ListSecrets, 'a secret', 'Name');
      if (name === undefined) continue;
      const draft = ctx.draft({ type: 'aws.secretsmanager.secret', id: name, ...(entry.ARN === undefined || entry.ARN === '' ? {} : { arn: entry.ARN }), tags: tagMap(entry.Tags) });
      setFields(draft, secretFields(entry), secretCalls.ListSecrets.label);
      ctx.emit(draft.build());
    }
  },
});
