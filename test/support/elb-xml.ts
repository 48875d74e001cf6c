/**
 * Elastic Load Balancing query-protocol answers as both APIs write them:
 * `<ActionResponse>` with an `<ActionResult>` in the API version's namespace
 * (2015-12-01 for v2, 2012-06-01 for Classic), lists as `<member>` elements,
 * paging by `<NextMarker>` answered to the request's `Marker`.
 */
import { queryError, xml, type RecordedResponse, type Route } from './recorded-aws.js';
import { byActionWith, members } from './iam-xml.js';

export const V2 = '2015-12-01';
export const CLASSIC = '2012-06-01';

export const elbXml = (version: string, action: string, result = ''): RecordedResponse =>
  xml(`<${action}Response xmlns="http://elasticloadbalancing.amazonaws.com/doc/${version}/"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>recorded</RequestId></ResponseMetadata></${action}Response>`);

/** ELB's error answer: LoadBalancerNotFound is 400, AccessDenied 403. */
export const elbError = (code: string, message: string, status = 400): RecordedResponse => queryError(code, message, status);

/** A Describe* paged by Marker: the first request gets pages[0]; page i is answered to Marker "page-i". */
export function pagedElb(version: string, action: string, listElement: string, pages: readonly (readonly string[])[], params: Record<string, string> = {}): Route {
  return {
    name: `${action}${Object.values(params).map((v) => ` ${v}`).join('')}`,
    match: byActionWith(action, params),
    respond: (request) => {
      const marker = request.params.Marker;
      const index = typeof marker === 'string' ? Number(marker.replace('page-', '')) : 0;
      const more = index + 1 < pages.length;
      return elbXml(version, action, `<${listElement}>${members(pages[index] ?? [])}</${listElement}>${more ? `<NextMarker>page-${index + 1}</NextMarker>` : ''}`);
    },
  };
}
