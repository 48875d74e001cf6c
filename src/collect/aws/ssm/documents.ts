/**
 * aws.ssm.document: the Systems Manager documents the account owns
 * (ListDocuments, Owner Self: AWS's and other accounts' shared documents are
 * not the account's to make private), each with the accounts it is shared
 * with (DescribeDocumentPermission, paged by NextToken). Document content is
 * never read.
 */
import { DescribeDocumentPermissionCommand, paginateListDocuments, SSMClient } from '@aws-sdk/client-ssm';
import { setFields, tagMap } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId, readPages, tokenPages } from '../../listing.js';
import { inWindow } from '../../window.js';
import { documentFields } from './map.js';

export const documentCalls = callTable('SSM', 'ssm', {
  ListDocuments: { iam: 'ssm:ListDocuments', fills: ['name', 'documentType', 'documentFormat', 'documentVersion'] },
  DescribeDocumentPermission: { iam: 'ssm:DescribeDocumentPermission', fills: ['sharedWithAccountIds'] },
});

export const ssmDocuments = defineCollector({
  type: 'aws.ssm.document',
  scope: 'regional',
  calls: [documentCalls],
  async collect(ctx) {
    const ssm = ctx.clients.get(SSMClient, ctx.region);
    const docs = await listResources(ctx, documentCalls.ListDocuments, () => paginateListDocuments({ client: ssm, pageSize: 50 }, { Filters: [{ Key: 'Owner', Values: ['Self'] }] }), (page) => page.DocumentIdentifiers);
    const named = docs.flatMap((doc) => {
      const name = listedId(ctx, doc.Name, documentCalls.ListDocuments, 'a document', 'Name');
      return name === undefined ? [] : [{ name, doc }];
    });
    await inWindow(named, async ({ name, doc }) => {
      const shared = await readPages(documentCalls.DescribeDocumentPermission,
        tokenPages((NextToken) => ssm.send(new DescribeDocumentPermissionCommand({ Name: name, PermissionType: 'Share', MaxResults: 200, NextToken }))),
        (page) => page.AccountIds);
      const arn = `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:document/${name}`;
      const draft = ctx.draft({ type: 'aws.ssm.document', id: name, arn, tags: tagMap(doc.Tags) });
      setFields(draft, documentFields(doc), documentCalls.ListDocuments.label);
      if (shared.failure !== undefined) draft.fail('sharedWithAccountIds', shared.failure);
      else draft.set('sharedWithAccountIds', [...shared.items].sort());
      ctx.emit(draft.build());
    });
  },
});
