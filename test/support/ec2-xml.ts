/**
 * EC2 query-protocol answers as EC2 writes them: `<ActionResponse>` in the
 * 2016-11-15 namespace, lists as `<item>` elements under the list's wire
 * name (securityGroupInfo, reservationSet, volumeSet …), paging by
 * `<nextToken>`.
 */
import { byAction, xml, type RecordedResponse, type Route } from './recorded-aws.js';

export const ec2Xml = (action: string, body: string): RecordedResponse =>
  xml(`<?xml version="1.0" encoding="UTF-8"?><${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>recorded</requestId>${body}</${action}Response>`);

export const items = (elements: readonly string[]): string => elements.map((e) => `<item>${e}</item>`).join('');

export const tagSet = (tags: Record<string, string>): string => `<tagSet>${items(Object.entries(tags).map(([k, v]) => `<key>${k}</key><value>${v}</value>`))}</tagSet>`;

/** A paginated Describe*: the first request gets pages[0]; page i is answered to NextToken "page-i". */
export function pagedEc2(action: string, listElement: string, pages: readonly (readonly string[])[]): Route {
  return {
    name: action,
    match: byAction(action),
    respond: (request) => {
      const token = request.params.NextToken;
      const index = typeof token === 'string' ? Number(token.replace('page-', '')) : 0;
      const next = index + 1 < pages.length ? `<nextToken>page-${index + 1}</nextToken>` : '';
      return ec2Xml(action, `<${listElement}>${items(pages[index] ?? [])}</${listElement}>${next}`);
    },
  };
}
