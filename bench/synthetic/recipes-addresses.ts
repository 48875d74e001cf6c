/**
 * Network interfaces of every kind, source/destination check on or off
 * (NAT gateways' off by design), attached or spare, and Elastic IPs
 * associated or left over.
 */
import { ec2ElasticIp } from '../../src/resources/types/ec2-elastic-ip.js';
import { ec2NetworkInterface } from '../../src/resources/types/ec2-network-interface.js';
import { defineRecipe, field, refsOr, type Place, type Recipe, type Variation } from './recipe.js';
import { ec2Suffix } from './rng.js';

const ec2Arn = (place: Place, kind: string, id: string): string => `arn:aws:ec2:${place.region}:${place.account}:${kind}/${id}`;

export const networkInterfaceRecipe: Recipe = defineRecipe({
  definition: ec2NetworkInterface,
  weight: 8,
  vary(rng): Variation<typeof ec2NetworkInterface.data> {
    const interfaceType = rng.chance(0.7) ? 'interface' : rng.pick(['nat_gateway', 'lambda', 'vpc_endpoint', 'network_load_balancer', 'efa', 'branch'] as const);
    const spare = interfaceType === 'interface' && rng.chance(0.1);
    return {
      data: {
        interfaceType,
        status: spare ? 'available' : 'in-use',
        requesterManaged: interfaceType !== 'interface' && interfaceType !== 'efa' && interfaceType !== 'branch',
        sourceDestCheck: interfaceType === 'nat_gateway' ? false : rng.chance(0.85),
        attachment: spare ? null : { instanceId: null, deviceIndex: rng.chance(0.8) ? 0 : 1, status: 'attached' },
      },
      ...(rng.chance(0.02) ? { errors: [{ path: 'sourceDestCheck', code: 'IncompleteResponse', message: 'the answer has no SourceDestCheck', operation: 'ec2:DescribeNetworkInterfaces' }] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const networkInterfaceId = `eni-${ec2Suffix(seq)}`;
    const [vpcId] = refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, [String(field(template, 'vpcId'))]);
    const [subnetId] = refsOr(refs.ids('aws.ec2.subnet', place.account, place.region), rng, 1, [String(field(template, 'subnetId'))]);
    const attachment = field(template, 'attachment');
    const [instanceId] = refsOr(refs.ids('aws.ec2.instance', place.account, place.region), rng, 1, ['i-0a1b2c3d4e5f67890']);
    const attached = attachment !== null && typeof attachment === 'object' && field(template, 'interfaceType') === 'interface'
      ? { attachment: { ...(attachment as Record<string, unknown>), instanceId } } : {};
    return { id: networkInterfaceId, arn: ec2Arn(place, 'network-interface', networkInterfaceId), data: { networkInterfaceId, vpcId, subnetId, ownerId: place.account, ...attached } };
  },
});

export const elasticIpRecipe: Recipe = defineRecipe({
  definition: ec2ElasticIp,
  weight: 3,
  vary(rng): Variation<typeof ec2ElasticIp.data> {
    return rng.chance(0.8) ? { data: {} } : { data: { association: null } };
  },
  identify(seq, place, template, refs, rng) {
    const allocationId = `eipalloc-${ec2Suffix(seq)}`;
    const association = field(template, 'association');
    const [networkInterfaceId] = refsOr(refs.ids('aws.ec2.network-interface', place.account, place.region), rng, 1, ['eni-0a1b2c3d4e5f67890']);
    return {
      id: allocationId, arn: ec2Arn(place, 'elastic-ip', allocationId),
      data: {
        allocationId, networkBorderGroup: place.region, publicIp: `198.51.${(seq >> 8) & 255}.${seq & 255}`,
        ...(association !== null && typeof association === 'object' ? { association: { ...(association as Record<string, unknown>), associationId: `eipassoc-${ec2Suffix(seq)}`, networkInterfaceId } } : {}),
      },
    };
  },
});
