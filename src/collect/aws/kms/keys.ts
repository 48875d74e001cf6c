/**
 * aws.kms.key: every key in the region with its metadata, rotation status
 * and key policy. Rotation and policy are separate calls: each can fail on
 * its own (an access-denied key policy is common) and is then recorded on
 * the key, so a policy reading it yields ERROR.
 */
import { callTable } from '../../calls.js';
import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand, KMSClient, paginateListKeys } from '@aws-sdk/client-kms';
import { asIs, failureOf, INCOMPLETE, mapped, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { describedFields, keyReaders, parsePolicy, rotationFields } from './map.js';
import { inWindow } from '../../window.js';

export const keyCalls = callTable('KMS', 'kms', {
  ListKeys: { iam: 'kms:ListKeys', fills: ['keyId'] },
  DescribeKey: { iam: 'kms:DescribeKey', fills: ['description', 'keyManager', 'keySpec', 'keyUsage', 'keyState', 'origin', 'multiRegion', 'creationDate'] },
  GetKeyRotationStatus: { iam: 'kms:GetKeyRotationStatus', fills: ['rotationEnabled', 'rotationPeriodInDays'] },
  GetKeyPolicy: { iam: 'kms:GetKeyPolicy', fills: ['policy'] },
});

export const kmsKeys = defineCollector({
  type: 'aws.kms.key',
  scope: 'regional',
  calls: [keyCalls],
  async collect(ctx) {
    const kms = ctx.clients.get(KMSClient, ctx.region);
    const keys = await listResources(ctx, keyCalls.ListKeys, () => paginateListKeys({ client: kms }, {}), (page) => page.Keys);
    await inWindow(keys, async (key) => {
      const keyId = listedId(ctx, key.KeyId, keyCalls.ListKeys, 'a key', 'KeyId');
      if (keyId === undefined) return;
      const described = await ctx.call(keyCalls.DescribeKey, () => kms.send(new DescribeKeyCommand({ KeyId: keyId })));
      const draft = ctx.draft({ type: 'aws.kms.key', id: keyId, ...(key.KeyArn === undefined ? {} : { arn: key.KeyArn }) });
      if (described.kind === 'ok') setFields(draft, keyReaders(described.value), keyCalls.DescribeKey.label);
      else for (const path of describedFields) draft.fail(path, failureOf(described, keyCalls.DescribeKey.label));
      // Automatic rotation is supported only for symmetric keys with KMS-generated material ("not supported on asymmetric,
      // HMAC, imported or custom key store keys"): AWS answers those with an error, which is "off", not unknown.
      // A key whose spec or origin is itself unknown is not guessed into either side.
      const meta = described.kind === 'ok' ? described.value.KeyMetadata : undefined;
      if (meta !== undefined && (meta.KeySpec === undefined || meta.Origin === undefined)) {
        for (const path of ['rotationEnabled', 'rotationPeriodInDays'] as const) draft.fail(path, { code: INCOMPLETE, message: 'DescribeKey answered no KeySpec or Origin, so whether the key can rotate is unknown', operation: keyCalls.DescribeKey.label });
      } else if (meta !== undefined && (meta.KeySpec !== 'SYMMETRIC_DEFAULT' || meta.Origin !== 'AWS_KMS')) {
        draft.set('rotationEnabled', false).set('rotationPeriodInDays', null);
      } else {
        draft.fields(['rotationEnabled', 'rotationPeriodInDays'], mapped(await ctx.call(keyCalls.GetKeyRotationStatus, () => kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }))), rotationFields, keyCalls.GetKeyRotationStatus.label), asIs);
      }
      draft.field('policy', mapped(await ctx.call(keyCalls.GetKeyPolicy, () => kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }))), parsePolicy, keyCalls.GetKeyPolicy.label), asIs);
      ctx.emit(draft.build());
    });
  },
});
