/**
 * RDS query-protocol answers as RDS writes them: `<ActionResponse>` with an
 * `<ActionResult>` in the 2014-10-31 namespace, and the snapshot attribute
 * answers (DescribeDBSnapshotAttributes, DescribeDBClusterSnapshotAttributes)
 * that name who may restore a snapshot.
 */
import { byAction, queryError, xml, type RecordedResponse, type Route } from './recorded-aws.js';

export const rdsXml = (action: string, body: string): RecordedResponse => xml(
  `<${action}Response xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><${action}Result>${body}</${action}Result><ResponseMetadata><RequestId>recorded</RequestId></ResponseMetadata></${action}Response>`,
);

export const rdsMarker = (next: string | undefined): string => (next === undefined ? '' : `<Marker>${next}</Marker>`);

export const rdsDenied = (action: string): Route => ({ name: `${action}-denied`, match: byAction(action), respond: queryError('AccessDenied', `User is not authorized to perform: rds:${action}`, 403) });

/**
 * A snapshot attribute call answering each snapshot's restore values;
 * undefined sends no AttributeValues element, as RDS does for an empty list.
 */
export function restoreAttributes(kind: 'DBSnapshot' | 'DBClusterSnapshot', values: Readonly<Record<string, readonly string[] | undefined>>): Route {
  const action = `Describe${kind}Attributes`;
  const idElement = `${kind}Identifier`;
  return {
    name: action,
    match: byAction(action),
    respond: (r) => {
      const id = String(r.params[idElement]);
      const given = values[id];
      const valueXml = given === undefined ? '' : `<AttributeValues>${given.map((v) => `<AttributeValue>${v}</AttributeValue>`).join('')}</AttributeValues>`;
      return rdsXml(action, `<${kind}AttributesResult><${idElement}>${id}</${idElement}><${kind}Attributes><${kind}Attribute><AttributeName>restore</AttributeName>${valueXml}</${kind}Attribute></${kind}Attributes></${kind}AttributesResult>`);
    },
  };
}
