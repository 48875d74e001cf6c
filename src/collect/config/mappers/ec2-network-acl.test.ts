/**
 * AWS::EC2::NetworkAcl items mapped to aws.ec2.network-acl: the same data as
 * the API collector, rules with port ranges, ICMP and IPv6, and what an item
 * cannot tell named unreadable instead of defaulted.
 */
import type { NetworkAcl } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { networkAclEnvelope, networkAclFields } from '../../aws/ec2/map.js';
import { ec2NetworkAcl } from '../../../resources/types/ec2-network-acl.js';
import { validateData } from '../../../resources/validate-data.js';
import { parseItem } from '../item.js';
import { ec2NetworkAclFromConfig } from './ec2-network-acl.js';

const place = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };

function mapItem(result: string): ReturnType<typeof ec2NetworkAclFromConfig.map> {
  const parsed = parseItem(result);
  if (parsed.kind !== 'item') throw new Error(`the test item did not parse: ${parsed.kind === 'invalid' ? parsed.reason : parsed.kind}`);
  return ec2NetworkAclFromConfig.map(parsed.item, place);
}

/** One advanced-query result for acl-0f1e2d3c4b5a69788 with `configuration` replaced. */
const result = (configuration: Record<string, unknown>): string => JSON.stringify({
  resourceId: 'acl-0f1e2d3c4b5a69788', resourceType: 'AWS::EC2::NetworkAcl', accountId: '123456789012', awsRegion: 'eu-west-1',
  configurationItemStatus: 'OK', configuration, supplementaryConfiguration: {}, tags: [], relationships: [],
});

const rule = (ruleNumber: number, egress: boolean, ruleAction: string, protocol: string, rest: Record<string, unknown> = {}): Record<string, unknown> =>
  ({ cidrBlock: '0.0.0.0/0', egress, icmpTypeCode: null, ipv6CidrBlock: null, portRange: null, protocol, ruleAction, ruleNumber, ...rest });

// Field names as awslabs/aws-config-resource-schema lists them for AWS::EC2::NetworkAcl; nulls spelled out as in recorded items.
const CUSTOM = `{
  "resourceId": "acl-0a1b2c3d4e5f67890",
  "resourceType": "AWS::EC2::NetworkAcl",
  "arn": "arn:aws:ec2:eu-west-1:123456789012:network-acl/acl-0a1b2c3d4e5f67890",
  "accountId": "123456789012",
  "awsRegion": "eu-west-1",
  "configurationItemStatus": "OK",
  "configurationItemCaptureTime": "2024-05-21T09:12:44.031Z",
  "configuration": {
    "associations": [
      { "networkAclAssociationId": "aclassoc-0a1b2c3d", "networkAclId": "acl-0a1b2c3d4e5f67890", "subnetId": "subnet-0a1b2c3d4e5f67890" },
      { "networkAclAssociationId": "aclassoc-0e1f2a3b", "networkAclId": "acl-0a1b2c3d4e5f67890", "subnetId": "subnet-0f9e8d7c6b5a43210" }
    ],
    "entries": [
      { "cidrBlock": "0.0.0.0/0", "egress": false, "icmpTypeCode": null, "ipv6CidrBlock": null, "portRange": { "from": 443, "to": 443 }, "protocol": "6", "ruleAction": "allow", "ruleNumber": 100 },
      { "cidrBlock": "0.0.0.0/0", "egress": false, "icmpTypeCode": null, "ipv6CidrBlock": null, "portRange": { "from": 1024, "to": 65535 }, "protocol": "6", "ruleAction": "allow", "ruleNumber": 110 },
      { "cidrBlock": "10.0.0.0/16", "egress": false, "icmpTypeCode": { "code": -1, "type": 8 }, "ipv6CidrBlock": null, "portRange": null, "protocol": "1", "ruleAction": "allow", "ruleNumber": 120 },
      { "cidrBlock": null, "egress": false, "icmpTypeCode": { "code": -1, "type": -1 }, "ipv6CidrBlock": "::/0", "portRange": null, "protocol": "58", "ruleAction": "deny", "ruleNumber": 130 },
      { "cidrBlock": "0.0.0.0/0", "egress": false, "icmpTypeCode": null, "ipv6CidrBlock": null, "portRange": null, "protocol": "-1", "ruleAction": "deny", "ruleNumber": 32767 },
      { "cidrBlock": null, "egress": false, "icmpTypeCode": null, "ipv6CidrBlock": "::/0", "portRange": null, "protocol": "-1", "ruleAction": "deny", "ruleNumber": 32768 },
      { "cidrBlock": "0.0.0.0/0", "egress": true, "icmpTypeCode": null, "ipv6CidrBlock": null, "portRange": null, "protocol": "-1", "ruleAction": "allow", "ruleNumber": 100 },
      { "cidrBlock": "0.0.0.0/0", "egress": true, "icmpTypeCode": null, "ipv6CidrBlock": null, "portRange": null, "protocol": "-1", "ruleAction": "deny", "ruleNumber": 32767 }
    ],
    "isDefault": false,
    "networkAclId": "acl-0a1b2c3d4e5f67890",
    "tags": [{ "key": "Name", "value": "public" }],
    "vpcId": "vpc-0a1b2c3d4e5f67890",
    "ownerId": "123456789012"
  },
  "supplementaryConfiguration": {},
  "tags": [{ "key": "Name", "value": "public" }],
  "relationships": [
    { "resourceType": "AWS::EC2::Subnet", "resourceId": "subnet-0a1b2c3d4e5f67890", "relationshipName": "Is attached to Subnet" },
    { "resourceType": "AWS::EC2::VPC", "resourceId": "vpc-0a1b2c3d4e5f67890", "relationshipName": "Is contained in Vpc" }
  ]
}`;

const CUSTOM_ENTRIES = [
  { ruleNumber: 100, egress: false, ruleAction: 'allow', protocol: '6', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: { from: 443, to: 443 }, icmpTypeCode: null },
  { ruleNumber: 110, egress: false, ruleAction: 'allow', protocol: '6', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: { from: 1024, to: 65535 }, icmpTypeCode: null },
  { ruleNumber: 120, egress: false, ruleAction: 'allow', protocol: '1', cidrBlock: '10.0.0.0/16', ipv6CidrBlock: null, portRange: null, icmpTypeCode: { type: 8, code: -1 } },
  { ruleNumber: 130, egress: false, ruleAction: 'deny', protocol: '58', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null, icmpTypeCode: { type: -1, code: -1 } },
  { ruleNumber: 32767, egress: false, ruleAction: 'deny', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: null },
  { ruleNumber: 32768, egress: false, ruleAction: 'deny', protocol: '-1', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null, icmpTypeCode: null },
  { ruleNumber: 100, egress: true, ruleAction: 'allow', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: null },
  { ruleNumber: 32767, egress: true, ruleAction: 'deny', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: null },
];

/** The same network ACL as DescribeNetworkAcls answers it through the SDK. */
const SDK_ACL: NetworkAcl = {
  NetworkAclId: 'acl-0a1b2c3d4e5f67890', VpcId: 'vpc-0a1b2c3d4e5f67890', IsDefault: false, OwnerId: '123456789012',
  Associations: [
    { NetworkAclAssociationId: 'aclassoc-0a1b2c3d', NetworkAclId: 'acl-0a1b2c3d4e5f67890', SubnetId: 'subnet-0a1b2c3d4e5f67890' },
    { NetworkAclAssociationId: 'aclassoc-0e1f2a3b', NetworkAclId: 'acl-0a1b2c3d4e5f67890', SubnetId: 'subnet-0f9e8d7c6b5a43210' },
  ],
  Entries: [
    { RuleNumber: 100, Egress: false, RuleAction: 'allow', Protocol: '6', CidrBlock: '0.0.0.0/0', PortRange: { From: 443, To: 443 } },
    { RuleNumber: 110, Egress: false, RuleAction: 'allow', Protocol: '6', CidrBlock: '0.0.0.0/0', PortRange: { From: 1024, To: 65535 } },
    { RuleNumber: 120, Egress: false, RuleAction: 'allow', Protocol: '1', CidrBlock: '10.0.0.0/16', IcmpTypeCode: { Code: -1, Type: 8 } },
    { RuleNumber: 130, Egress: false, RuleAction: 'deny', Protocol: '58', Ipv6CidrBlock: '::/0', IcmpTypeCode: { Code: -1, Type: -1 } },
    { RuleNumber: 32767, Egress: false, RuleAction: 'deny', Protocol: '-1', CidrBlock: '0.0.0.0/0' },
    { RuleNumber: 32768, Egress: false, RuleAction: 'deny', Protocol: '-1', Ipv6CidrBlock: '::/0' },
    { RuleNumber: 100, Egress: true, RuleAction: 'allow', Protocol: '-1', CidrBlock: '0.0.0.0/0' },
    { RuleNumber: 32767, Egress: true, RuleAction: 'deny', Protocol: '-1', CidrBlock: '0.0.0.0/0' },
  ],
  Tags: [{ Key: 'Name', Value: 'public' }],
};

describe('ec2NetworkAclFromConfig', () => {
  it('maps a custom network ACL: port ranges, ICMP and ICMPv6 codes, IPv6 and catch-all rules, associated subnets', () => {
    const mapping = mapItem(CUSTOM);
    expect(mapping.envelope).toEqual({
      type: 'aws.ec2.network-acl', id: 'acl-0a1b2c3d4e5f67890', arn: 'arn:aws:ec2:eu-west-1:123456789012:network-acl/acl-0a1b2c3d4e5f67890',
      tags: { Name: 'public' }, name: 'public',
    });
    expect(mapping.fields).toEqual({
      networkAclId: 'acl-0a1b2c3d4e5f67890', vpcId: 'vpc-0a1b2c3d4e5f67890', isDefault: false, ownerId: '123456789012',
      entries: CUSTOM_ENTRIES, associatedSubnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0f9e8d7c6b5a43210'],
    });
    expect(mapping.unreadable).toBeUndefined();
    expect(validateData(ec2NetworkAcl, mapping.fields)).toEqual([]);
  });

  it('gives exactly what the API collector gives for the same network ACL', () => {
    const mapping = mapItem(CUSTOM);
    expect({ envelope: mapping.envelope, fields: mapping.fields })
      .toEqual({ envelope: networkAclEnvelope(SDK_ACL, place), fields: readFields(networkAclFields(SDK_ACL)).fields });
  });

  it('reads a recorded default network ACL whose configuration came as a JSON string', () => {
    // The configuration of a 2019 item as Workload Discovery on AWS recorded it, account number replaced.
    const configuration = '{"associations":[{"networkAclAssociationId":"aclassoc-bbb81bc5","networkAclId":"acl-d23888ab","subnetId":"subnet-1ddeb67b"},'
      + '{"networkAclAssociationId":"aclassoc-b8b81bc6","networkAclId":"acl-d23888ab","subnetId":"subnet-34bcc77c"},{"networkAclAssociationId":"aclassoc-b9b81bc7","networkAclId":"acl-d23888ab","subnetId":"subnet-e8ad18b2"}],'
      + '"entries":[{"cidrBlock":"0.0.0.0/0","egress":true,"icmpTypeCode":null,"ipv6CidrBlock":null,"portRange":null,"protocol":"-1","ruleAction":"allow","ruleNumber":100},'
      + '{"cidrBlock":"0.0.0.0/0","egress":true,"icmpTypeCode":null,"ipv6CidrBlock":null,"portRange":null,"protocol":"-1","ruleAction":"deny","ruleNumber":32767},'
      + '{"cidrBlock":"0.0.0.0/0","egress":false,"icmpTypeCode":null,"ipv6CidrBlock":null,"portRange":null,"protocol":"-1","ruleAction":"allow","ruleNumber":100},'
      + '{"cidrBlock":"0.0.0.0/0","egress":false,"icmpTypeCode":null,"ipv6CidrBlock":null,"portRange":null,"protocol":"-1","ruleAction":"deny","ruleNumber":32767}],'
      + '"isDefault":true,"networkAclId":"acl-d23888ab","tags":[],"vpcId":"vpc-08300e6e","ownerId":"123456789012"}';
    const mapping = mapItem(JSON.stringify({
      resourceId: 'acl-d23888ab', resourceType: 'AWS::EC2::NetworkAcl', accountId: '123456789012', awsRegion: 'eu-west-1',
      configurationItemStatus: 'ResourceDiscovered', configuration, supplementaryConfiguration: '{}', tags: [], relationships: [],
    }));
    const open = { cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: null, protocol: '-1' };
    expect(mapping.fields).toEqual({
      networkAclId: 'acl-d23888ab', vpcId: 'vpc-08300e6e', isDefault: true, ownerId: '123456789012',
      entries: [
        { ruleNumber: 100, egress: true, ruleAction: 'allow', ...open }, { ruleNumber: 32767, egress: true, ruleAction: 'deny', ...open },
        { ruleNumber: 100, egress: false, ruleAction: 'allow', ...open }, { ruleNumber: 32767, egress: false, ruleAction: 'deny', ...open },
      ],
      associatedSubnetIds: ['subnet-1ddeb67b', 'subnet-34bcc77c', 'subnet-e8ad18b2'],
    });
    expect(mapping.envelope).toEqual({ type: 'aws.ec2.network-acl', id: 'acl-d23888ab', arn: 'arn:aws:ec2:eu-west-1:123456789012:network-acl/acl-d23888ab', tags: {} });
    expect(mapping.unreadable).toBeUndefined();
  });

  it('maps a half-given port range or ICMP code to null, as the API mapping does', () => {
    const entries = [
      rule(100, false, 'allow', '6', { portRange: { from: 22 } }),
      rule(110, false, 'allow', '1', { icmpTypeCode: { type: 3 } }),
      rule(120, false, 'allow', '17', { portRange: { from: 53, to: 53 } }),
    ];
    const mapping = mapItem(result({ networkAclId: 'acl-0f1e2d3c4b5a69788', vpcId: 'vpc-1', isDefault: false, ownerId: '123456789012', entries, associations: [] }));
    const sdk: NetworkAcl = {
      NetworkAclId: 'acl-0f1e2d3c4b5a69788', VpcId: 'vpc-1', IsDefault: false, OwnerId: '123456789012', Associations: [],
      Entries: [
        { RuleNumber: 100, Egress: false, RuleAction: 'allow', Protocol: '6', CidrBlock: '0.0.0.0/0', PortRange: { From: 22 } },
        { RuleNumber: 110, Egress: false, RuleAction: 'allow', Protocol: '1', CidrBlock: '0.0.0.0/0', IcmpTypeCode: { Type: 3 } },
        { RuleNumber: 120, Egress: false, RuleAction: 'allow', Protocol: '17', CidrBlock: '0.0.0.0/0', PortRange: { From: 53, To: 53 } },
      ],
    };
    expect(mapping.fields).toEqual(readFields(networkAclFields(sdk)).fields);
    expect((mapping.fields.entries as { portRange: unknown; icmpTypeCode: unknown }[]).map((e) => [e.portRange, e.icmpTypeCode]))
      .toEqual([[null, null], [null, null], [{ from: 53, to: 53 }, null]]);
  });

  it('names the owner unreadable when the item names none, as the API mapping does, rather than assuming the scanned account', () => {
    const mapping = mapItem(result({ networkAclId: 'acl-0f1e2d3c4b5a69788', vpcId: 'vpc-1', isDefault: true, entries: [], associations: [] }));
    expect(mapping.fields).toMatchObject({ entries: [], associatedSubnetIds: [] });
    expect(mapping.fields).not.toHaveProperty('ownerId');
    expect(mapping.unreadable).toEqual([{ path: 'ownerId', reason: "the Configuration Item does not read as the API's answer: the answer has no OwnerId" }]);
  });

  it.each([
    ['no action', { ruleAction: undefined }],
    ['an action AWS does not spell', { ruleAction: 'ALLOW' }],
    ['no direction', { egress: undefined }],
    ['no rule number', { ruleNumber: undefined }],
    ['a protocol that is not a string', { protocol: 6 }],
  ])('names the whole rule list unreadable when one rule has %s, never "deny" or "inbound"', (_what, broken) => {
    const entries = [rule(100, false, 'allow', '6', { portRange: { from: 443, to: 443 } }), { ...rule(110, false, 'allow', '6'), ...broken }];
    const mapping = mapItem(result({ networkAclId: 'acl-0f1e2d3c4b5a69788', vpcId: 'vpc-1', isDefault: false, ownerId: '123456789012', entries, associations: [] }));
    expect(mapping.fields).not.toHaveProperty('entries');
    expect(mapping.unreadable).toEqual([{ path: 'entries', reason: "the Configuration Item's configuration.entries is missing or not a value DescribeNetworkAcls documents" }]);
    expect(mapping.fields).toMatchObject({ networkAclId: 'acl-0f1e2d3c4b5a69788', associatedSubnetIds: [] });
  });

  it('names values it cannot read unreadable and leaves them out, never the API defaults', () => {
    const mapping = mapItem(result({ networkAclId: 'acl-0f1e2d3c4b5a69788', ownerId: '123456789012', isDefault: 'false' }));
    expect(mapping.unreadable?.map((u) => u.path)).toEqual(['vpcId', 'isDefault', 'entries', 'associatedSubnetIds']);
    expect(mapping.fields).toEqual({ networkAclId: 'acl-0f1e2d3c4b5a69788', ownerId: '123456789012' });
    expect(mapping.unreadable?.[3]?.reason).toBe("the Configuration Item's configuration.associations is missing or not a value DescribeNetworkAcls documents");
  });
});
