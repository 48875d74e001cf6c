/** Every Config mapping, one per catalog type that AWS Config records fully enough (docs/config-source.md lists the rest). */
import type { ConfigMapper } from '../mapper.js';
import { autoscalingGroupFromConfig } from './autoscaling-group.js';
import { cloudfrontDistributionFromConfig } from './cloudfront-distribution.js';
import { ec2InstanceFromConfig } from './ec2-instance.js';
import { ec2NetworkAclFromConfig } from './ec2-network-acl.js';
import { ec2SecurityGroupFromConfig } from './ec2-security-group.js';
import { ec2SubnetFromConfig } from './ec2-subnet.js';
import { ec2VolumeFromConfig } from './ec2-volume.js';
import { ecrRepositoryFromConfig } from './ecr-repository.js';
import { eksClusterFromConfig } from './eks-cluster.js';
import { elbv2LoadBalancerFromConfig } from './elbv2-load-balancer.js';
import { eventsEventBusFromConfig } from './events-event-bus.js';
import { eventsRuleFromConfig } from './events-rule.js';
import { lambdaFunctionFromConfig } from './lambda-function.js';
import { rdsDbInstanceFromConfig } from './rds-db-instance.js';
import { route53HostedZoneFromConfig } from './route53-hosted-zone.js';
import { s3BucketFromConfig } from './s3-bucket.js';

export const configMappers: readonly ConfigMapper[] = [autoscalingGroupFromConfig, cloudfrontDistributionFromConfig, ec2InstanceFromConfig, ec2NetworkAclFromConfig, ec2SecurityGroupFromConfig, ec2SubnetFromConfig, ec2VolumeFromConfig, ecrRepositoryFromConfig, eksClusterFromConfig, elbv2LoadBalancerFromConfig, eventsEventBusFromConfig, eventsRuleFromConfig, lambdaFunctionFromConfig, rdsDbInstanceFromConfig, route53HostedZoneFromConfig, s3BucketFromConfig];
