/**
 * IAM query-protocol answers as IAM writes them: `<ActionResponse>` with an
 * `<ActionResult>` in the 2010-05-08 namespace, lists as `<member>`
 * elements, maps as `<entry><key/><value/></entry>`, paging by
 * `<IsTruncated>` and `<Marker>`, policy documents URL-encoded.
 */
import { queryError, xml, type RecordedResponse, type Route, type WireRequest } from './recorded-aws.js';

export const iamXml = (action: string, result = ''): RecordedResponse =>
  xml(`<${action}Response xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>recorded</RequestId></ResponseMetadata></${action}Response>`);

/** IAM's error answer: NoSuchEntity is 404, AccessDenied 403, Throttling 400. */
export const iamError = (code: string, message: string, status = 400): RecordedResponse =>
  queryError(code, message, status);

export const members = (elements: readonly string[]): string => elements.map((e) => `<member>${e}</member>`).join('');

/** `<Name>value</Name>` for each entry whose value is defined. */
export const elements = (fields: Record<string, string | number | boolean | undefined>): string =>
  Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => `<${k}>${String(v)}</${k}>`).join('');

/** A policy document as IAM sends it. */
export const encoded = (document: unknown): string => encodeURIComponent(JSON.stringify(document));

/** Matches an action whose request parameters include the given values. */
export const byActionWith = (action: string, params: Record<string, string> = {}) => (r: WireRequest): boolean =>
  r.action === action && Object.entries(params).every(([k, v]) => r.params[k] === v);

/** A paginated List*: the first request gets pages[0]; page i is answered to Marker "page-i". */
export function pagedIam(action: string, listElement: string, pages: readonly (readonly string[])[], params: Record<string, string> = {}): Route {
  return {
    name: `${action}${Object.values(params).map((v) => ` ${v}`).join('')}`,
    match: byActionWith(action, params),
    respond: (request) => {
      const marker = request.params.Marker;
      const index = typeof marker === 'string' ? Number(marker.replace('page-', '')) : 0;
      const more = index + 1 < pages.length;
      return iamXml(action, `<${listElement}>${members(pages[index] ?? [])}</${listElement}><IsTruncated>${more}</IsTruncated>${more ? `<Marker>page-${index + 1}</Marker>` : ''}`);
    },
  };
}
