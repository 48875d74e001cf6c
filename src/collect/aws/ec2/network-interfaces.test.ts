/** ec2NetworkInterfaces through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2NetworkInterfaces } from './network-interfaces.js';
import { byAction, ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { items, pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ip = (address: string, primary: boolean, publicIp = ''): string =>
  `<privateIpAddress>${address}</privateIpAddress><primary>${primary}</primary>${publicIp === '' ? '' : `<association><publicIp>${publicIp}</publicIp></association>`}`;
const eni = (id: string, type: string, check: string, body: string): string =>
  `<networkInterfaceId>${id}</networkInterfaceId><interfaceType>${type}</interfaceType><status>in-use</status><vpcId>vpc-1</vpcId><subnetId>subnet-1</subnetId>`
  + `<ownerId>123456789012</ownerId>${check}<requesterManaged>${type === 'interface' ? 'false' : 'true'}</requesterManaged>${body}`;
const web = eni('eni-web', 'interface', '<sourceDestCheck>true</sourceDestCheck>',
  `<attachment><instanceId>i-web</instanceId><deviceIndex>0</deviceIndex><status>attached</status></attachment><groupSet>${items(['<groupId>sg-web</groupId>'])}</groupSet>`
  + `<privateIpAddress>10.0.1.10</privateIpAddress><privateIpAddressesSet>${items([ip('10.0.1.10', true, '203.0.113.10'), ip('10.0.1.11', false)])}</privateIpAddressesSet>`
  + `<association><publicIp>203.0.113.10</publicIp></association>${tagSet({ Name: 'web' })}`);
// A NAT gateway's interface forwards traffic: its check is off by design, and it is attached to no instance.
const nat = eni('eni-nat', 'nat_gateway', '<sourceDestCheck>false</sourceDestCheck>',
  `<attachment><status>attached</status></attachment><groupSet/><privateIpAddress>10.0.0.5</privateIpAddress><privateIpAddressesSet>${items([ip('10.0.0.5', true)])}</privateIpAddressesSet>`);
// Attached to nothing.
const spare = eni('eni-spare', 'interface', '<sourceDestCheck>false</sourceDestCheck>',
  `<groupSet/><privateIpAddress>10.0.1.20</privateIpAddress><privateIpAddressesSet>${items([ip('10.0.1.20', true)])}</privateIpAddressesSet>`).replace('<status>in-use</status>', '<status>available</status>');
// Source/destination check AWS left out: unknown, never "on".
const unchecked = eni('eni-unchecked', 'interface', '',
  `<groupSet/><privateIpAddress>10.0.1.30</privateIpAddress><privateIpAddressesSet>${items([ip('10.0.1.30', true)])}</privateIpAddressesSet>`);

const listing = pagedEc2('DescribeNetworkInterfaces', 'networkInterfaceSet', [[web, nat], [spare, unchecked]]);
const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), listing];

describe('ec2NetworkInterfaces', () => {
  it('reads every interface of both pages with its check, attachment and addresses', async () => {
    const run = await collectRecorded([ec2NetworkInterfaces], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeNetworkInterfaces')).toBe(2);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['eni-nat', 'eni-spare', 'eni-unchecked', 'eni-web']);
    const found = run.snapshot.resources.find((r) => r.id === 'eni-web');
    expect(found).toMatchObject({ type: 'aws.ec2.network-interface', arn: 'arn:aws:ec2:us-east-1:123456789012:network-interface/eni-web', name: 'web' });
    expect(found?.errors).toBeUndefined();
    expect(found?.data).toEqual({
      networkInterfaceId: 'eni-web', interfaceType: 'interface', status: 'in-use', vpcId: 'vpc-1', subnetId: 'subnet-1', ownerId: '123456789012',
      sourceDestCheck: true, requesterManaged: false,
      attachment: { instanceId: 'i-web', deviceIndex: 0, status: 'attached' },
      securityGroupIds: ['sg-web'], privateIpAddress: '10.0.1.10',
      privateIpAddresses: [{ privateIpAddress: '10.0.1.10', primary: true, publicIp: '203.0.113.10' }, { privateIpAddress: '10.0.1.11', primary: false, publicIp: null }],
      publicIp: '203.0.113.10',
    });
    expect(run.snapshot.resources.find((r) => r.id === 'eni-nat')?.data).toMatchObject({ interfaceType: 'nat_gateway', sourceDestCheck: false, requesterManaged: true, attachment: { instanceId: null, deviceIndex: null }, securityGroupIds: [], publicIp: null });
    expect(run.snapshot.resources.find((r) => r.id === 'eni-spare')?.data).toMatchObject({ status: 'available', attachment: null });
  });

  it('fails the check AWS left out, not the interface', async () => {
    const run = await collectRecorded([ec2NetworkInterfaces], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const found = run.snapshot.resources.find((r) => r.id === 'eni-unchecked');
    expect(found?.errors?.map((e) => [e.path, e.code])).toEqual([['sourceDestCheck', 'IncompleteResponse']]);
    expect(found?.data).not.toHaveProperty('sourceDestCheck');
    expect(found?.data).toMatchObject({ interfaceType: 'interface', attachment: null });
  });

  it('marks coverage failed when interfaces cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeNetworkInterfaces'), respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded([ec2NetworkInterfaces], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.network-interface', status: 'failed' })]);
  });

  it('reads a region without interfaces as none', async () => {
    const run = await collectRecorded([ec2NetworkInterfaces], [pagedEc2('DescribeNetworkInterfaces', 'networkInterfaceSet', [[]]), regionsRoute(['us-east-1'])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.network-interface', status: 'complete' })]);
  });
});

describe('ec2NetworkInterfaces call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2NetworkInterfaces)).toEqual([]);
  });
});
