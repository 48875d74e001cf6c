/**
 * AWS Config for the fake account: a recorder recording every supported
 * type, and the advanced query (SelectResourceConfig) answering
 * Configuration Items built from the same models as the services' answers
 * (ec2.ts, events.ts, s3.ts, lambda.ts, elb.ts, autoscaling.ts, ecr.ts, ecs.ts, eks.ts, apigateway.ts, cloudfront.ts, edge.ts, acm.ts, secretsmanager.ts, streams.ts), so both collection sources see one
 * estate. Types the estate has none of (instances, volumes, DB instances)
 * answer empty pages. Global types (CloudFront distributions, Route 53
 * zones) are recorded in us-east-1 only, as Config records them.
 */
import { ACCOUNT, bucketName, ec2Id, type Estate } from './estate.js';
import { accountIds } from './organization.js';
import { OWNER } from './s3.js';
import { certificateDetail, certificateModels } from './acm.js';
import { restIds, restStage, v2Ids, v2Stage } from './apigateway.js';
import { groupModels, launchConfigurationModels } from './autoscaling.js';
import { addressModels, networkAclModels, networkInterfaceModels, securityGroupModels, subnetModels, vpcEndpointModels, type RuleModel, type SecurityGroupModel } from './ec2.js';
import { repositoryModels, repositoryTags } from './ecr.js';
import { clusterArnOf, describeService, taskDefinitionModels } from './ecs.js';
import { DISTRIBUTION_IDS, originBucket } from './cloudfront.js';
import { CLUSTERS_PER_REGION, cluster } from './eks.js';
import { ruleGroups, webAcls, ZONES, type WafItem } from './edge.js';
import { classicCertificate, classicName, classicReference, TYPES as ELB_TYPES, v2Arn, v2Name, zones } from './elb.js';
import { busModel, ruleModels } from './events.js';
import { functionModels, functionTags } from './lambda.js';
import { benchTags, STREAMS_PER_REGION, streamSummary } from './streams.js';
import { secretEntry, secretModels } from './secretsmanager.js';
import { json, offsetOf, page, pageSize, tokenOf, type Answer, type WireRequest } from './wire.js';

const recorder = { name: 'default', roleARN: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [] } };

function configRule(group: SecurityGroupModel, m: RuleModel): Record<string, unknown> {
  return {
    ipProtocol: m.protocol, ...(m.ports === undefined ? {} : { fromPort: m.ports[0], toPort: m.ports[1] }),
    userIdGroupPairs: m.selfReference === true ? [{ groupId: group.id, userId: ACCOUNT }] : [],
    ipv4Ranges: m.world === true ? [{ cidrIp: '0.0.0.0/0' }] : [], ipRanges: m.world === true ? ['0.0.0.0/0'] : [],
    ipv6Ranges: m.worldV6 === true ? [{ cidrIpv6: '::/0' }] : [], prefixListIds: [],
  };
}

/** The items of a global type: Config records them in us-east-1 only. */
function globalItems(estate: Estate, configType: string, region: string): string[] {
  if (region !== 'us-east-1') return [];
  const envelope = (resourceId: string, arn: string, resourceName: string): Record<string, unknown> => ({
    resourceId, resourceType: configType, resourceName, arn, accountId: ACCOUNT, awsRegion: region, configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-10-31T23:00:00.000Z', supplementaryConfiguration: {}, tags: [], relationships: [],
  });
  const list = <T>(values: readonly T[]): { quantity: number; items: T[] | null } => ({ quantity: values.length, items: values.length === 0 ? null : [...values] });
  if (configType === 'AWS::CloudFront::Distribution') {
    // cloudfront.ts's distributions in the API's camelCase, unset strings null; no originAccessControlId, which the schema does not list (the collector reads each configuration for the origins).
    return DISTRIBUTION_IDS.map((id) => {
      const hardened = id === DISTRIBUTION_IDS[0];
      const arn = `arn:aws:cloudfront::${ACCOUNT}:distribution/${id}`;
      const s3 = (originId: string): Record<string, unknown> => ({ id: originId, domainName: `${originBucket(estate, id)}.s3.amazonaws.com`, originPath: null, s3OriginConfig: { originAccessIdentity: hardened ? '' : 'origin-access-identity/cloudfront/E1BENCHOAI' }, customOriginConfig: null });
      const custom = { id: 'api', domainName: 'api.example.com', originPath: null, s3OriginConfig: null, customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: hardened ? 'https-only' : 'http-only', originSslProtocols: list(hardened ? ['TLSv1.2'] : ['SSLv3', 'TLSv1.2']) } };
      return JSON.stringify({
        ...envelope(id, arn, `${id.toLowerCase()}.cloudfront.net`),
        configuration: {
          id, arn, domainName: `${id.toLowerCase()}.cloudfront.net`,
          distributionConfig: {
            callerReference: id, comment: '', enabled: true, defaultRootObject: hardened ? 'index.html' : null, webACLId: hardened ? 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/bench/1' : null,
            origins: list(hardened ? [s3('site'), s3('replica'), custom] : [s3('site'), custom]),
            originGroups: list(hardened ? [{ id: 'failover', failoverCriteria: { statusCodes: list([503]) }, members: list([{ originId: 'site' }, { originId: 'replica' }]) }] : []),
            defaultCacheBehavior: { targetOriginId: 'site', viewerProtocolPolicy: hardened ? 'redirect-to-https' : 'allow-all' },
            cacheBehaviors: list([{ pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: 'https-only' }]),
            logging: { enabled: hardened, includeCookies: false, bucket: hardened ? 'bench-logs.s3.amazonaws.com' : null, prefix: null },
            viewerCertificate: hardened
              ? { cloudFrontDefaultCertificate: false, acmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/bench', iamCertificateId: null, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' }
              : { cloudFrontDefaultCertificate: true, acmCertificateArn: null, iamCertificateId: null, sslSupportMethod: null, minimumProtocolVersion: 'TLSv1' },
          },
        },
      });
    });
  }
  if (configType === 'AWS::Route53::HostedZone') {
    // CloudFormation's properties of edge.ts's zones; a private zone lists its VPC (the collector lists the zones and query logging for the rest).
    return ZONES.map((z) => JSON.stringify({
      ...envelope(z.id, `arn:aws:route53:::hostedzone/${z.id}`, z.name),
      configuration: { Id: z.id, Name: z.name, NameServers: z.private ? [] : ['ns-1.awsdns-01.org'], ...(z.private ? { VPCs: [{ VPCId: ec2Id('vpc', 0, 0), VPCRegion: region }] } : {}) },
    }));
  }
  return [];
}

const tagList = (tags: Readonly<Record<string, string>>): { key: string; value: string }[] => Object.entries(tags).map(([key, value]) => ({ key, value }));

function items(estate: Estate, configType: string, r: number, region: string): string[] {
  const envelope = (resourceId: string, arn: string, tags: Readonly<Record<string, string>>): Record<string, unknown> => ({
    resourceId, resourceType: configType, arn, accountId: ACCOUNT, awsRegion: region, configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-10-31T23:00:00.000Z', supplementaryConfiguration: {}, tags: tagList(tags),
  });
  if (configType === 'AWS::EC2::SecurityGroup') {
    return securityGroupModels(estate, r, region).map((g) => JSON.stringify({
      ...envelope(g.id, g.arn, g.tags),
      configuration: { groupId: g.id, groupName: g.name, description: g.description, ownerId: ACCOUNT, vpcId: g.vpcId, ipPermissions: g.ingress.map((m) => configRule(g, m)), ipPermissionsEgress: g.egress.map((m) => configRule(g, m)), tags: tagList(g.tags) },
      relationships: g.interfaces.map((eni) => ({ resourceType: 'AWS::EC2::NetworkInterface', resourceId: eni, relationshipName: 'Is associated with NetworkInterface' })),
    }));
  }
  if (configType === 'AWS::EC2::NetworkAcl') {
    return networkAclModels(estate, r).map((acl) => JSON.stringify({
      ...envelope(acl.id, `arn:aws:ec2:${region}:${ACCOUNT}:network-acl/${acl.id}`, {}),
      configuration: {
        networkAclId: acl.id, vpcId: acl.vpcId, isDefault: true, ownerId: ACCOUNT, tags: [],
        entries: acl.entries.map((e) => ({ ruleNumber: e.ruleNumber, protocol: '-1', ruleAction: e.ruleAction, egress: e.egress, cidrBlock: '0.0.0.0/0' })),
        associations: [{ networkAclAssociationId: acl.associationId, networkAclId: acl.id, subnetId: acl.subnetId }],
      },
      relationships: [],
    }));
  }
  if (configType === 'AWS::EC2::Subnet') {
    return subnetModels(estate, r, region).map((s) => JSON.stringify({
      ...envelope(s.id, s.arn, s.tags),
      configuration: {
        subnetId: s.id, subnetArn: s.arn, vpcId: s.vpcId, ownerId: ACCOUNT, state: { value: 'available' }, cidrBlock: s.cidrBlock, availabilityZone: s.availabilityZone,
        availabilityZoneId: s.availabilityZoneId, availableIpAddressCount: s.availableIpAddressCount, defaultForAz: s.defaultForAz, mapPublicIpOnLaunch: s.mapPublicIpOnLaunch,
        assignIpv6AddressOnCreation: s.ipv6 !== undefined, outpostArn: null, tags: tagList(s.tags),
        ipv6CidrBlockAssociationSet: s.ipv6 === undefined ? [] : [{ associationId: s.ipv6.associationId, ipv6CidrBlock: s.ipv6.block, ipv6CidrBlockState: { state: 'associated', statusMessage: null } }],
      },
      relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: s.vpcId, relationshipName: 'Is contained in Vpc' }],
    }));
  }
  if (configType === 'AWS::EC2::NetworkInterface') {
    // DescribeNetworkInterfaces' answer (ec2.ts) in camelCase, null for what is not set, the state as the bare string a recorded item holds.
    return networkInterfaceModels(estate, r).map((m) => JSON.stringify({
      ...envelope(m.id, `arn:aws:ec2:${region}:${ACCOUNT}:network-interface/${m.id}`, {}),
      configuration: {
        networkInterfaceId: m.id, interfaceType: m.type, status: m.status, vpcId: m.vpcId, subnetId: m.subnetId, ownerId: ACCOUNT, requesterManaged: m.requesterManaged, sourceDestCheck: m.sourceDestCheck,
        attachment: m.attachment === undefined ? null : { attachmentId: `eni-attach-${m.id.slice(4)}`, instanceId: m.attachment.instanceId ?? null, deviceIndex: m.attachment.deviceIndex, status: 'attached', attachTime: null },
        association: null, groups: m.groups.map((g) => ({ groupId: g.id, groupName: g.name })), privateIpAddress: m.privateIpAddress,
        privateIpAddresses: [{ privateIpAddress: m.privateIpAddress, primary: true, association: null }], ipv6Addresses: [], tagSet: [],
      },
      relationships: [],
    }));
  }
  if (configType === 'AWS::EC2::EIP') {
    // DescribeAddresses' answer (ec2.ts) in camelCase, null for what is not set; the network border group null, as a recorded item holds it (the collector asks EC2 for it).
    return addressModels(estate, r).map((m) => JSON.stringify({
      ...envelope(m.allocationId, `arn:aws:ec2:${region}:${ACCOUNT}:eip-allocation/${m.allocationId}`, {}), resourceName: m.publicIp,
      configuration: {
        allocationId: m.allocationId, publicIp: m.publicIp, domain: 'vpc', associationId: m.association?.associationId ?? null, instanceId: null,
        networkInterfaceId: m.association?.networkInterfaceId ?? null, networkInterfaceOwnerId: m.association === undefined ? null : ACCOUNT, privateIpAddress: m.association?.privateIpAddress ?? null,
        publicIpv4Pool: 'amazon', networkBorderGroup: null, customerOwnedIp: null, tags: [],
      },
      relationships: [],
    }));
  }
  if (configType === 'AWS::AutoScaling::LaunchConfiguration') {
    // DescribeLaunchConfigurations' answer (autoscaling.ts) in camelCase, null for every option the launch configuration was created without.
    return launchConfigurationModels(region, r).map((m) => JSON.stringify({
      ...envelope(m.arn, m.arn, {}), resourceName: m.name,
      configuration: {
        launchConfigurationName: m.name, launchConfigurationARN: m.arn, imageId: 'ami-0123456789abcdef0', instanceType: 't3.micro', createdTime: '2023-05-01T10:00:00.000Z', securityGroups: [],
        metadataOptions: m.hardened ? { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' } : null, associatePublicIpAddress: m.hardened ? false : null,
        blockDeviceMappings: [{ deviceName: '/dev/xvda', virtualName: null, noDevice: null, ebs: { volumeSize: 8, encrypted: m.hardened ? true : null, snapshotId: null } }],
      },
      relationships: [],
    }));
  }
  if (configType === 'AWS::EC2::VPCEndpoint') {
    // DescribeVpcEndpoints in camelCase, null for what a kind has none of; no policy or service region (the schema lists neither: the collector lists the endpoints for them).
    return vpcEndpointModels(estate, r, region).map((e) => JSON.stringify({
      ...envelope(e.id, `arn:aws:ec2:${region}:${ACCOUNT}:vpc-endpoint/${e.id}`, {}),
      configuration: {
        vpcEndpointId: e.id, vpcEndpointType: e.gateway ? 'Gateway' : 'Interface', vpcId: e.vpcId, serviceName: e.serviceName, state: { value: 'available' }, ownerId: ACCOUNT,
        privateDnsEnabled: e.gateway ? null : true, requesterManaged: false, subnetIds: e.gateway ? [] : [e.subnetId], routeTableIds: e.gateway ? [e.routeTableId] : [],
        groups: [], networkInterfaceIds: [], dnsEntries: [],
      },
      relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: e.vpcId, relationshipName: 'Is contained in Vpc' }],
    }));
  }
  if (configType === 'AWS::Events::EventBus') {
    // Config's schema for a bus holds its name and ARN (the collector asks EventBridge for the rest).
    const bus = busModel(region, r);
    return [JSON.stringify({ ...envelope(bus.Name, bus.Arn, {}), resourceName: bus.Name, configuration: { Name: bus.Name, Arn: bus.Arn }, relationships: [] })];
  }
  if (configType === 'AWS::Events::Rule') {
    // CloudFormation's spelling: the pattern as a JSON object; what the schema leaves out (ManagedBy, InputTransformer) left out.
    return ruleModels(estate, region).map((rule) => JSON.stringify({
      ...envelope(rule.Name, rule.Arn, {}), resourceName: rule.Name,
      configuration: {
        Name: rule.Name, Arn: rule.Arn, EventBusName: rule.EventBusName, State: rule.State,
        ...(rule.Description === undefined ? {} : { Description: rule.Description }), ...(rule.ScheduleExpression === undefined ? {} : { ScheduleExpression: rule.ScheduleExpression }),
        ...(rule.EventPattern === undefined ? {} : { EventPattern: JSON.parse(rule.EventPattern) as unknown }),
        Targets: rule.targets.map(({ InputTransformer: _transformer, ...target }) => target),
      },
      relationships: [],
    }));
  }
  if (configType === 'AWS::ElasticLoadBalancingV2::LoadBalancer') {
    // DescribeLoadBalancers' answer (elb.ts) in camelCase; attributes and listeners are not in the item (the collector asks ELB).
    return Array.from({ length: estate.size.vpcs }, (_, i) => {
      const type = ELB_TYPES[i % 3] ?? 'application';
      return JSON.stringify({
        ...envelope(v2Arn(region, i), v2Arn(region, i), {}), resourceName: v2Name(i),
        configuration: {
          loadBalancerArn: v2Arn(region, i), loadBalancerName: v2Name(i), type, scheme: i % 2 === 0 ? 'internet-facing' : 'internal', vpcId: ec2Id('vpc', r, i),
          dNSName: `${v2Name(i)}.elb.${region}.amazonaws.com`, state: { code: 'active', reason: null },
          availabilityZones: zones(region, r, i).map((z) => ({ zoneName: z.zone, subnetId: z.subnet, loadBalancerAddresses: [] })),
          securityGroups: type === 'gateway' ? null : [ec2Id('sg', r, 0)],
        },
        relationships: [],
      });
    });
  }
  if (configType === 'AWS::ElasticLoadBalancing::LoadBalancer') {
    // DescribeLoadBalancers' answer (elb.ts) in the Java SDK's camelCase, the listener's negotiation policy as supplementary configuration; no attributes (the collector asks ELB).
    return Array.from({ length: estate.size.vpcs }, (_, i) => {
      const name = classicName(i);
      const z = zones(region, r, i);
      const listener = (protocol: string, port: number, certificate: string | null, policyNames: string[]): Record<string, unknown> =>
        ({ listener: { protocol, loadBalancerPort: port, instanceProtocol: 'HTTP', instancePort: 80, sslcertificateId: certificate }, policyNames });
      return JSON.stringify({
        ...envelope(name, `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/${name}`, {}), resourceName: name,
        configuration: {
          loadBalancerName: name, dnsname: `${name}-1.${region}.elb.amazonaws.com`, scheme: 'internet-facing', vpcid: ec2Id('vpc', r, i),
          listenerDescriptions: [listener('HTTPS', 443, classicCertificate(region, i), ['bench-ssl']), ...(i % 2 === 0 ? [] : [listener('HTTP', 80, null, [])])],
          availabilityZones: z.map((x) => x.zone), subnets: z.map((x) => x.subnet), securityGroups: [ec2Id('sg', r, 0)],
        },
        supplementaryConfiguration: { LoadBalancerPolicies: JSON.stringify([{ policyName: 'bench-ssl', policyTypeName: 'SSLNegotiationPolicyType', policyAttributeDescriptions: [{ attributeName: 'Reference-Security-Policy', attributeValue: classicReference(i) }] }]) },
        relationships: [],
      });
    });
  }
  if (configType === 'AWS::ApiGateway::Stage') {
    // GetStage's answer (apigateway.ts) in camelCase, null for what is not set; no method settings or API name (the collector asks API Gateway).
    return restIds(r).map((id, k) => {
      const stage = restStage(region, k === 0);
      const arn = `arn:aws:apigateway:${region}::/restapis/${id}/stages/${String(stage.stageName)}`;
      return JSON.stringify({
        ...envelope(arn, arn, {}), resourceName: stage.stageName,
        configuration: {
          stageName: stage.stageName, deploymentId: stage.deploymentId, cacheClusterEnabled: stage.cacheClusterEnabled, tracingEnabled: stage.tracingEnabled ?? false,
          clientCertificateId: stage.clientCertificateId ?? null, webAclArn: stage.webAclArn ?? null, accessLogSettings: stage.accessLogSettings ?? null,
        },
        relationships: [],
      });
    });
  }
  if (configType === 'AWS::ApiGatewayV2::Stage') {
    // GetStage's answer (apigateway.ts) in camelCase, null for what is not set; no route settings or API name and protocol (the collector asks API Gateway).
    return v2Ids(r).map((id, k) => {
      const stage = v2Stage(region, k === 1);
      const arn = `arn:aws:apigateway:${region}::/apis/${id}/stages/${String(stage.stageName)}`;
      const defaults = stage.defaultRouteSettings as { loggingLevel?: string };
      return JSON.stringify({
        ...envelope(arn, arn, {}), resourceName: stage.stageName,
        configuration: { stageName: stage.stageName, defaultRouteSettings: { loggingLevel: defaults.loggingLevel ?? null }, accessLogSettings: stage.accessLogSettings ?? null },
        relationships: [],
      });
    });
  }
  if (configType === 'AWS::Lambda::Function') {
    // GetFunction's configuration in camelCase, null for what is not set; every third VPC connection without the VPC id the schema does not list (the collector lists the functions for it).
    return functionModels(estate, r, region).map((f, j) => JSON.stringify({
      ...envelope(f.FunctionName, f.FunctionArn, functionTags(j)), resourceName: f.FunctionName,
      configuration: {
        functionName: f.FunctionName, functionArn: f.FunctionArn, runtime: f.Runtime ?? null, packageType: f.PackageType, role: f.Role, lastModified: f.LastModified,
        vpcConfig: f.VpcConfig === undefined ? null : { subnetIds: f.VpcConfig.SubnetIds, securityGroupIds: f.VpcConfig.SecurityGroupIds, ...(j % 3 === 0 ? {} : { vpcId: f.VpcConfig.VpcId }) },
        deadLetterConfig: f.DeadLetterConfig === undefined ? null : { targetArn: f.DeadLetterConfig.TargetArn }, tracingConfig: { mode: f.TracingConfig.Mode }, architectures: f.Architectures,
      },
      relationships: [],
    }));
  }
  if (configType === 'AWS::AutoScaling::AutoScalingGroup') {
    // DescribeAutoScalingGroups' answer (autoscaling.ts) in camelCase, null for what is not set; no trafficSources, which the schema does not list (the collector lists the groups for them).
    return groupModels(region, r).map((g) => JSON.stringify({
      ...envelope(g.arn, g.arn, g.tags), resourceName: g.name,
      configuration: {
        autoScalingGroupName: g.name, autoScalingGroupARN: g.arn, minSize: 1, maxSize: 4, desiredCapacity: 2, defaultCooldown: 300, createdTime: '2025-03-01T10:00:00.000Z',
        availabilityZones: g.zones, vpczoneIdentifier: g.subnet, healthCheckType: g.hardened ? 'ELB' : 'EC2', healthCheckGracePeriod: g.hardened ? 300 : 0,
        loadBalancerNames: g.hardened ? [] : [g.name], targetGroupARNs: g.hardened ? [g.targetGroup] : [], instances: [], launchTemplate: null,
        launchConfigurationName: g.hardened ? null : g.launchConfigurationName,
        mixedInstancesPolicy: g.hardened ? {
          launchTemplate: {
            launchTemplateSpecification: { launchTemplateId: g.launchTemplateId, launchTemplateName: g.name, version: '$Default' },
            overrides: g.instanceTypes.map((instanceType) => ({ instanceType, weightedCapacity: null, instanceRequirements: null })),
          },
          instancesDistribution: null,
        } : null,
      },
      relationships: [],
    }));
  }
  if (configType === 'AWS::ECR::Repository') {
    // CloudFormation's properties (ecr.ts's repositories), PascalCase; no scanning the registry gives them, encryption or policies (the collector asks ECR).
    return repositoryModels(estate).map((m) => JSON.stringify({
      ...envelope(m.name, `arn:aws:ecr:${region}:${ACCOUNT}:repository/${m.name}`, repositoryTags(m)), resourceName: m.name,
      configuration: {
        RepositoryName: m.name, Arn: `arn:aws:ecr:${region}:${ACCOUNT}:repository/${m.name}`, RepositoryUri: `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com/${m.name}`,
        ImageTagMutability: m.immutable ? 'IMMUTABLE' : 'MUTABLE', ImageScanningConfiguration: { ScanOnPush: m.scanOnPush },
      },
      relationships: [],
    }));
  }
  if (configType === 'AWS::ECS::Cluster') {
    // CloudFormation's properties (ecs.ts's cluster), PascalCase; no status (the collector lists and describes the clusters for it).
    return [JSON.stringify({
      ...envelope('bench-cluster', clusterArnOf(region), {}), resourceName: 'bench-cluster',
      configuration: { ClusterName: 'bench-cluster', Arn: clusterArnOf(region), ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }], CapacityProviders: [], DefaultCapacityProviderStrategy: [] },
      relationships: [],
    })];
  }
  if (configType === 'AWS::ECS::Service') {
    // CloudFormation's properties (ecs.ts's services), PascalCase, the legacy one naming its cluster by name; no status or platform family (the collector lists and describes the cluster's services for them).
    return taskDefinitionModels(estate).map((m) => {
      const s = describeService(region, m);
      const vpc = s.networkConfiguration.awsvpcConfiguration;
      return JSON.stringify({
        ...envelope(s.serviceArn, s.serviceArn, {}), resourceName: s.serviceName,
        configuration: {
          ServiceName: s.serviceName, Name: s.serviceName, ServiceArn: s.serviceArn, Cluster: m.hardened ? clusterArnOf(region) : 'bench-cluster', LaunchType: s.launchType,
          PlatformVersion: s.platformVersion, TaskDefinition: s.taskDefinition, DesiredCount: 1, SchedulingStrategy: 'REPLICA',
          NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: vpc.assignPublicIp, Subnets: vpc.subnets, SecurityGroups: vpc.securityGroups } },
        },
        relationships: [],
      });
    });
  }
  if (configType === 'AWS::EKS::Cluster') {
    // CloudFormation's properties (eks.ts's clusters), PascalCase, the enabled log types only; no creation time, platform version, VPC id, cluster security group, authentication mode or upgrade policy (the collector describes each cluster).
    return Array.from({ length: CLUSTERS_PER_REGION }, (_, i) => {
      const c = cluster(region, r, i) as { name: string; arn: string; version: string; status: string; tags: Record<string, string>; resourcesVpcConfig: Record<string, unknown>; logging: { clusterLogging: { types: string[]; enabled: boolean }[] }; encryptionConfig?: { resources: string[]; provider: { keyArn: string } }[] };
      const vpc = c.resourcesVpcConfig;
      return JSON.stringify({
        ...envelope(c.name, c.arn, c.tags), resourceName: c.name,
        configuration: {
          Name: c.name, Arn: c.arn, Version: c.version, ClusterStatus: c.status,
          ResourcesVpcConfig: { SubnetIds: vpc.subnetIds, SecurityGroupIds: vpc.securityGroupIds, EndpointPublicAccess: vpc.endpointPublicAccess, EndpointPrivateAccess: vpc.endpointPrivateAccess, PublicAccessCidrs: vpc.publicAccessCidrs },
          Logging: { ClusterLogging: { EnabledTypes: c.logging.clusterLogging.filter((e) => e.enabled).flatMap((e) => e.types.map((Type) => ({ Type }))) } },
          EncryptionConfig: c.encryptionConfig === undefined ? null : c.encryptionConfig.map((e) => ({ Provider: { KeyArn: e.provider.keyArn }, Resources: e.resources })),
        },
        relationships: [],
      });
    });
  }
  if (configType === 'AWS::WAFv2::WebACL' || configType === 'AWS::WAFv2::RuleGroup') {
    // What AWS's Config resource schemas list (edge.ts's web ACLs and rule groups), camelCase, CLOUDFRONT web ACLs in us-east-1 only; no rules or logging (the collector asks AWS WAF).
    const webAcl = configType === 'AWS::WAFv2::WebACL';
    const models: WafItem[] = webAcl ? [...webAcls(region, r, 'REGIONAL'), ...webAcls(region, r, 'CLOUDFRONT')] : ruleGroups(region, r, 'REGIONAL');
    return models.map((m) => JSON.stringify({
      ...envelope(m.id, m.arn, {}), resourceName: m.name,
      configuration: {
        name: m.name, id: m.id, description: '', capacity: m.capacity, ...(webAcl ? { defaultAction: 'ALLOW' } : {}),
        visibilityConfig: { cloudWatchMetricsEnabled: m.metrics, sampledRequestsEnabled: true, metricName: m.name },
      },
      relationships: [],
    }));
  }
  if (configType === 'AWS::ACM::Certificate') {
    // acm.ts's certificates as DescribeCertificate answers them, camelCase, dates ISO 8601, an empty InUseBy as null; Config's id is the ARN.
    const isoOf = (seconds: unknown): string | null => (typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : null);
    return certificateModels(estate).map((m) => {
      const d = certificateDetail(region, m) as { CertificateArn: string; DomainName: string; Type: string; Status: string; KeyAlgorithm: string; NotBefore?: number; NotAfter?: number; RenewalEligibility: string; InUseBy: string[] };
      return JSON.stringify({
        ...envelope(d.CertificateArn, d.CertificateArn, {}), resourceName: d.DomainName,
        configuration: {
          certificateArn: d.CertificateArn, domainName: d.DomainName, subjectAlternativeNames: [d.DomainName], type: d.Type, status: d.Status, keyAlgorithm: d.KeyAlgorithm,
          notBefore: isoOf(d.NotBefore), notAfter: isoOf(d.NotAfter), renewalEligibility: d.RenewalEligibility, inUseBy: d.InUseBy.length === 0 ? null : d.InUseBy,
        },
        relationships: [],
      });
    });
  }
  if (configType === 'AWS::SecretsManager::Secret') {
    // secretsmanager.ts's secrets as ListSecrets answers them, PascalCase as the schema lists them, "none" as null; no dates (the collector lists the secrets for them).
    return secretModels(estate).map((m) => {
      const e = secretEntry(region, r, m) as { ARN: string; Name: string; KmsKeyId?: string; RotationEnabled?: boolean; RotationLambdaARN?: string; RotationRules?: { AutomaticallyAfterDays?: number; ScheduleExpression?: string } };
      const rules = e.RotationRules;
      return JSON.stringify({
        ...envelope(e.ARN, e.ARN, { bench: 'true' }), resourceName: e.Name,
        configuration: {
          Name: e.Name, ARN: e.ARN, Description: null, Deleted: false, KMSKeyId: e.KmsKeyId ?? null, RotationEnabled: e.RotationEnabled ?? null, RotationLambdaARN: e.RotationLambdaARN ?? null,
          RotationRules: rules === undefined ? null : { AutomaticallyAfterDays: rules.AutomaticallyAfterDays ?? null, AutomaticallyAfterHours: null, RotationDuration: null, RotationScheduleExpression: rules.ScheduleExpression ?? null },
        },
        relationships: [],
      });
    });
  }
  if (configType === 'AWS::Kinesis::Stream') {
    // streams.ts's Kinesis streams as CloudFormation's properties, PascalCase, no encryption as null; no status, mode or creation time (the collector describes each stream).
    return Array.from({ length: STREAMS_PER_REGION }, (_, i) => {
      const s = streamSummary(region, r, i) as { StreamName: string; StreamARN: string; RetentionPeriodHours: number; OpenShardCount: number; EncryptionType: string; KeyId?: string };
      return JSON.stringify({
        ...envelope(s.StreamName, s.StreamARN, Object.fromEntries(benchTags(i).map((t) => [t.Key, t.Value]))), resourceName: s.StreamName,
        configuration: { Name: s.StreamName, Arn: s.StreamARN, RetentionPeriodHours: s.RetentionPeriodHours, ShardCount: s.OpenShardCount, StreamEncryption: s.EncryptionType === 'NONE' ? null : { EncryptionType: s.EncryptionType, KeyId: s.KeyId ?? null } },
        relationships: [],
      });
    });
  }
  if (configType === 'AWS::S3::Bucket') {
    return Array.from({ length: estate.size.buckets }, (_, i) => s3Item(bucketName(region, i), region, i, envelope));
  }
  return [];
}

/**
 * A bucket as Config records it, with the settings bench/collect/s3.ts gives
 * bucket i; entries Config leaves out when a bucket has none (Block Public
 * Access, Object Lock, lifecycle) are left out, so the collector asks S3.
 */
function s3Item(name: string, region: string, i: number, envelope: (id: string, arn: string, tags: Readonly<Record<string, string>>) => Record<string, unknown>): string {
  const policy = { Version: '2012-10-17', Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] };
  const supplementary: Record<string, string> = {
    AccessControlList: JSON.stringify(JSON.stringify({ grantSet: null, grantList: [{ grantee: { id: OWNER, displayName: 'owner' }, permission: 'FullControl' }], owner: { displayName: 'owner', id: OWNER }, isRequesterCharged: false })),
    BucketLoggingConfiguration: JSON.stringify(i % 6 === 0 ? { destinationBucketName: bucketName(region, 0), logFilePrefix: `${name}/` } : { destinationBucketName: null, logFilePrefix: null }),
    BucketPolicy: JSON.stringify({ policyText: i % 4 === 0 ? JSON.stringify(policy) : null }),
    BucketVersioningConfiguration: JSON.stringify({ status: i % 2 === 0 ? 'Enabled' : 'Off', isMfaDeleteEnabled: null }),
    ServerSideEncryptionConfiguration: JSON.stringify({ rules: [i % 5 === 0
      ? { applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyID: `arn:aws:kms:${region}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000000` }, bucketKeyEnabled: true }
      : { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256', kmsMasterKeyID: null }, bucketKeyEnabled: false }] }),
    ...(i % 5 === 1 ? {} : { PublicAccessBlockConfiguration: JSON.stringify({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }) }),
    ...(i % 7 === 0 ? { BucketLifecycleConfiguration: JSON.stringify({ rules: [{ id: 'expire', status: 'Enabled', expirationInDays: 365, filter: { predicate: { type: 'LifecyclePrefixPredicate', prefix: '' } } }] }) } : {}),
  };
  return JSON.stringify({
    ...envelope(name, `arn:aws:s3:::${name}`, i % 3 === 0 ? { team: 'data', env: 'prod' } : {}),
    configuration: { name, owner: { displayName: null, id: OWNER }, creationDate: '2024-01-15T09:30:00.000Z' },
    supplementaryConfiguration: supplementary, relationships: [],
  });
}

const aggregated = new Map<string, string[]>();

/** The organization's aggregator "org" in every region of the estate: each account's items, its account id in place. */
function answerAggregator(estate: Estate, request: WireRequest): { answer: Answer; modelled: boolean } | undefined {
  const { operation, params } = request;
  if (operation === 'DescribeConfigurationAggregators') {
    return { answer: json({ ConfigurationAggregators: [{ ConfigurationAggregatorName: 'org', OrganizationAggregationSource: { RoleArn: `arn:aws:iam::${ACCOUNT}:role/aggregator`, AllAwsRegions: true } }] }), modelled: true };
  }
  if (operation === 'DescribeConfigurationAggregatorSourcesStatus') {
    return { answer: json({ AggregatedSourceStatusList: estate.size.regions.map((region) => ({ SourceId: 'o-bench', SourceType: 'ORGANIZATION', AwsRegion: region, LastUpdateStatus: 'SUCCEEDED', LastUpdateTime: 1_793_000_000 })) }), modelled: true };
  }
  if (operation !== 'SelectAggregateResourceConfig') return undefined;
  const configType = /resourceType = '([^']+)'/.exec(String(params.Expression))?.[1] ?? '';
  // Built once per type: rebuilding the whole organization's items for each page made the fake, not Assay, the bottleneck.
  let all = aggregated.get(configType);
  if (all === undefined) {
    all = accountIds(estate).flatMap((account) => [...globalItems(estate, configType, 'us-east-1'), ...estate.size.regions.flatMap((region, r) => items(estate, configType, r, region))].map((item) => item.replaceAll(ACCOUNT, account)));
    aggregated.set(configType, all);
  }
  const { items: shown, next } = page(all, offsetOf('g', params.NextToken), pageSize(params.MaxResults ?? params.Limit, 100, 100));
  return { answer: json({ Results: shown, QueryInfo: { SelectFields: [{ Name: 'resourceId' }] }, ...(next === undefined ? {} : { NextToken: tokenOf('g', next) }) }), modelled: true };
}

export function answerConfig(estate: Estate, request: WireRequest): { answer: Answer; modelled: boolean } | undefined {
  const aggregated = answerAggregator(estate, request);
  if (aggregated !== undefined) return aggregated;
  const { operation, params, region } = request;
  if (operation === 'DescribeConfigurationRecorders') return { answer: json({ ConfigurationRecorders: [recorder] }), modelled: true };
  if (operation === 'DescribeConfigurationRecorderStatus') return { answer: json({ ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' }] }), modelled: true };
  if (operation !== 'SelectResourceConfig') return undefined;
  const configType = /resourceType = '([^']+)'/.exec(String(params.Expression))?.[1] ?? '';
  const r = estate.regionIndex(region);
  const all = [...globalItems(estate, configType, region), ...(r < 0 ? [] : items(estate, configType, r, region))];
  const { items: shown, next } = page(all, offsetOf('q', params.NextToken), pageSize(params.Limit, 100, 100));
  return { answer: json({ Results: shown, QueryInfo: { SelectFields: [{ Name: 'resourceId' }] }, ...(next === undefined ? {} : { NextToken: tokenOf('q', next) }) }), modelled: true };
}
