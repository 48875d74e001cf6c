/**
 * EC2 Auto Scaling query-protocol answers as Auto Scaling writes them:
 * `<ActionResponse>` with an `<ActionResult>` in the 2011-01-01 namespace,
 * lists as `<member>` elements, paging by `<NextToken>`.
 */
import { byAction, xml, type RecordedResponse, type Route } from './recorded-aws.js';
import { members } from './iam-xml.js';

export const autoscalingXml = (action: string, result = ''): RecordedResponse =>
  xml(`<${action}Response xmlns="http://autoscaling.amazonaws.com/doc/2011-01-01/"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>recorded</RequestId></ResponseMetadata></${action}Response>`);

/** A paginated Describe*: the first request gets pages[0]; page i is answered to NextToken "page-i". */
export function pagedAutoScaling(action: string, listElement: string, pages: readonly (readonly string[])[]): Route {
  return {
    name: action,
    match: byAction(action),
    respond: (request) => {
      const token = request.params.NextToken;
      const index = typeof token === 'string' ? Number(token.replace('page-', '')) : 0;
      const more = index + 1 < pages.length;
      return autoscalingXml(action, `<${listElement}>${members(pages[index] ?? [])}</${listElement}>${more ? `<NextToken>page-${index + 1}</NextToken>` : ''}`);
    },
  };
}
