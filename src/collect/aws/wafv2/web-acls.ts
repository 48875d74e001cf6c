/**
 * aws.wafv2.web-acl: the web ACLs of each scope the region answers for
 * (scopes.ts), each with GetWebACL for its rules and metrics and
 * GetLoggingConfiguration for its logging, whose WAFNonexistentItemException
 * answer means "not configured" (null). Any other failure is recorded on
 * the fields the call fills.
 */
import { GetLoggingConfigurationCommand, GetWebACLCommand, ListWebACLsCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { callTable } from '../../calls.js';
import { asIs, INCOMPLETE, mapped, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { GET_WEB_ACL_FIELDS, loggingOf, webAclFields } from './map.js';
import { listInScopes } from './scopes.js';

export const webAclCalls = callTable('WAFV2', 'wafv2', {
  ListWebACLs: { iam: 'wafv2:ListWebACLs', fills: ['webAclId', 'scope'] },
  GetWebACL: { iam: 'wafv2:GetWebACL', fills: ['defaultAction', 'rules', 'visibilityConfig'] },
  GetLoggingConfiguration: { iam: 'wafv2:GetLoggingConfiguration', absentOn: ['WAFNonexistentItemException'], fills: ['logging'] },
});

export const wafv2WebAcls = defineCollector({
  type: 'aws.wafv2.web-acl',
  scope: 'regional',
  calls: [webAclCalls],
  async collect(ctx) {
    const waf = ctx.clients.get(WAFV2Client, ctx.region);
    const listed = await listInScopes(ctx, webAclCalls.ListWebACLs, async (scope, marker, limit) => {
      const page = await waf.send(new ListWebACLsCommand({ Scope: scope, Limit: limit, ...(marker === undefined ? {} : { NextMarker: marker }) }));
      return { NextMarker: page.NextMarker, items: page.WebACLs };
    });
    await inWindow(listed, async ({ scope, item }) => {
      const id = listedId(ctx, item.Id, webAclCalls.ListWebACLs, 'a web ACL', 'Id');
      if (id === undefined) return;
      const draft = ctx.draft({ type: 'aws.wafv2.web-acl', id, ...(item.ARN === undefined ? {} : { arn: item.ARN }), ...(item.Name === undefined ? {} : { name: item.Name }) })
        .set('webAclId', id).set('scope', scope);
      const [acl, logging] = await Promise.all([
        ctx.call(webAclCalls.GetWebACL, () => waf.send(new GetWebACLCommand({ Name: item.Name, Scope: scope, Id: id }))),
        item.ARN === undefined
          ? Promise.resolve({ kind: 'failed' as const, failure: { code: INCOMPLETE, message: 'ListWebACLs answered the web ACL without its ARN', operation: webAclCalls.ListWebACLs.label } })
          : ctx.call(webAclCalls.GetLoggingConfiguration, () => waf.send(new GetLoggingConfigurationCommand({ ResourceArn: item.ARN }))),
      ]);
      if (acl.kind === 'ok') setFields(draft, webAclFields(acl.value), webAclCalls.GetWebACL.label);
      else {
        // No row of GetWebACL answers "not configured": ListWebACLs just named this web ACL.
        const failure = acl.kind === 'failed' ? acl.failure : { code: INCOMPLETE, message: 'GetWebACL answered nothing for a web ACL ListWebACLs named', operation: webAclCalls.GetWebACL.label };
        for (const path of GET_WEB_ACL_FIELDS) draft.fail(path, failure);
      }
      draft.field('logging', mapped(logging, loggingOf, webAclCalls.GetLoggingConfiguration.label), asIs);
      ctx.emit(draft.build());
    });
  },
});
