/** ec2Addresses through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2Addresses } from './addresses.js';
import { byAction, ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { ec2Xml, items, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const address = (id: string, ip: string, extra = ''): string =>
  `<allocationId>${id}</allocationId><publicIp>${ip}</publicIp><domain>vpc</domain><networkBorderGroup>us-east-1</networkBorderGroup>${extra}`;
const attached = address('eipalloc-web', '203.0.113.10',
  `<associationId>eipassoc-1</associationId><instanceId>i-web</instanceId><networkInterfaceId>eni-web</networkInterfaceId><networkInterfaceOwnerId>123456789012</networkInterfaceOwnerId><privateIpAddress>10.0.1.10</privateIpAddress>${tagSet({ Name: 'web' })}`);
// On a NAT gateway's interface: associated, with no instance.
const onInterface = address('eipalloc-nat', '203.0.113.11', '<associationId>eipassoc-2</associationId><networkInterfaceId>eni-nat</networkInterfaceId><privateIpAddress>10.0.0.5</privateIpAddress>');
const idle = address('eipalloc-idle', '203.0.113.12');
// Associated with an instance, but AWS left the association id out: unknown, never "unassociated".
const halfAssociated = address('eipalloc-half', '203.0.113.13', '<instanceId>i-web</instanceId>');
// No network border group: unknown.
const borderless = `<allocationId>eipalloc-nob</allocationId><publicIp>203.0.113.14</publicIp><domain>vpc</domain>`;
// An address without its allocation id cannot be told apart: the listing is partial.
const nameless = '<publicIp>203.0.113.15</publicIp><domain>vpc</domain><networkBorderGroup>us-east-1</networkBorderGroup>';

const listing = (elements: readonly string[]): Route => ({ name: 'DescribeAddresses', match: byAction('DescribeAddresses'), respond: () => ec2Xml('DescribeAddresses', `<addressesSet>${items(elements)}</addressesSet>`) });
const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), listing([attached, onInterface, idle, halfAssociated, borderless])];

describe('ec2Addresses', () => {
  it('reads every address with what it is associated with', async () => {
    const run = await collectRecorded([ec2Addresses], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeAddresses')).toBe(1);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['eipalloc-half', 'eipalloc-idle', 'eipalloc-nat', 'eipalloc-nob', 'eipalloc-web']);
    const web = run.snapshot.resources.find((r) => r.id === 'eipalloc-web');
    expect(web).toMatchObject({ type: 'aws.ec2.elastic-ip', arn: 'arn:aws:ec2:us-east-1:123456789012:elastic-ip/eipalloc-web', name: 'web' });
    expect(web?.errors).toBeUndefined();
    expect(web?.data).toEqual({
      allocationId: 'eipalloc-web', publicIp: '203.0.113.10', domain: 'vpc', networkBorderGroup: 'us-east-1',
      association: { associationId: 'eipassoc-1', instanceId: 'i-web', networkInterfaceId: 'eni-web', privateIpAddress: '10.0.1.10' },
    });
    expect(run.snapshot.resources.find((r) => r.id === 'eipalloc-nat')?.data).toMatchObject({ association: { associationId: 'eipassoc-2', instanceId: null, networkInterfaceId: 'eni-nat' } });
    expect(run.snapshot.resources.find((r) => r.id === 'eipalloc-idle')?.data).toMatchObject({ association: null });
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.elastic-ip', status: 'complete' })]);
  });

  it('fails only the field AWS left out, never reading it as unassociated', async () => {
    const run = await collectRecorded([ec2Addresses], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const half = run.snapshot.resources.find((r) => r.id === 'eipalloc-half');
    expect(half?.errors?.map((e) => [e.path, e.code])).toEqual([['association', 'IncompleteResponse']]);
    expect(half?.data).not.toHaveProperty('association');
    const nob = run.snapshot.resources.find((r) => r.id === 'eipalloc-nob');
    expect(nob?.errors?.map((e) => [e.path, e.code])).toEqual([['networkBorderGroup', 'IncompleteResponse']]);
    expect(nob?.data).toMatchObject({ association: null });
  });

  it('marks the listing partial when an address comes without its allocation id', async () => {
    const run = await collectRecorded([ec2Addresses], [regionsRoute(['us-east-1']), listing([idle, nameless])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['eipalloc-idle']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.elastic-ip', status: 'partial' })]);
  });

  it('marks coverage failed when addresses cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeAddresses'), respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded([ec2Addresses], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.elastic-ip', status: 'failed' })]);
  });

  it('reads a region without addresses as none', async () => {
    const run = await collectRecorded([ec2Addresses], [regionsRoute(['us-east-1']), listing([])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.elastic-ip', status: 'complete' })]);
  });
});

describe('ec2Addresses call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2Addresses)).toEqual([]);
  });
});
