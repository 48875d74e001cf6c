/** Every Config mapping, one per catalog type that AWS Config records fully enough (docs/config-source.md lists the rest). */
import type { ConfigMapper } from '../mapper.js';
import { acmCertificateFromConfig } from './acm-certificate.js';
import { apigatewayStageFromConfig } from './apigateway-stage.js';
import { apigatewayv2StageFromConfig } from './apigatewayv2-stage.js';
import { autoscalingGroupFromConfig } from './autoscaling-group.js';
import { autoscalingLaunchConfigurationFromConfig } from './autoscaling-launch-configuration.js';
import { cloudfrontDistributionFromConfig } from './cloudfront-distribution.js';
import { ec2ElasticIpFromConfig } from './ec2-elastic-ip.js';
import { ec2InstanceFromConfig } from './ec2-instance.js';
import { ec2NetworkAclFromConfig } from './ec2-network-acl.js';
import { ec2NetworkInterfaceFromConfig } from './ec2-network-interface.js';
import { ec2SecurityGroupFromConfig } from './ec2-security-group.js';
import { ec2SubnetFromConfig } from './ec2-subnet.js';
import { ec2VolumeFromConfig } from './ec2-volume.js';
import { ec2VpcEndpointFromConfig } from './ec2-vpc-endpoint.js';
import { ecrRepositoryFromConfig } from './ecr-repository.js';
import { ecsClusterFromConfig } from './ecs-cluster.js';
import { ecsServiceFromConfig } from './ecs-service.js';
import { eksClusterFromConfig } from './eks-cluster.js';
import { elbLoadBalancerFromConfig } from './elb-load-balancer.js';
import { elbv2LoadBalancerFromConfig } from './elbv2-load-balancer.js';
import { eventsEventBusFromConfig } from './events-event-bus.js';
import { eventsRuleFromConfig } from './events-rule.js';
import { kinesisStreamFromConfig } from './kinesis-stream.js';
import { lambdaFunctionFromConfig } from './lambda-function.js';
import { rdsDbInstanceFromConfig } from './rds-db-instance.js';
import { route53HostedZoneFromConfig } from './route53-hosted-zone.js';
import { s3BucketFromConfig } from './s3-bucket.js';
import { secretsmanagerSecretFromConfig } from './secretsmanager-secret.js';
import { wafv2RuleGroupFromConfig } from './wafv2-rule-group.js';
import { wafv2WebAclFromConfig } from './wafv2-web-acl.js';

export const configMappers: readonly ConfigMapper[] = [
  acmCertificateFromConfig,
  apigatewayStageFromConfig,
  apigatewayv2StageFromConfig,
  autoscalingGroupFromConfig,
  autoscalingLaunchConfigurationFromConfig,
  cloudfrontDistributionFromConfig,
  ec2ElasticIpFromConfig,
  ec2InstanceFromConfig,
  ec2NetworkAclFromConfig,
  ec2NetworkInterfaceFromConfig,
  ec2SecurityGroupFromConfig,
  ec2SubnetFromConfig,
  ec2VolumeFromConfig,
  ec2VpcEndpointFromConfig,
  ecrRepositoryFromConfig,
  ecsClusterFromConfig,
  ecsServiceFromConfig,
  eksClusterFromConfig,
  elbLoadBalancerFromConfig,
  elbv2LoadBalancerFromConfig,
  eventsEventBusFromConfig,
  eventsRuleFromConfig,
  kinesisStreamFromConfig,
  lambdaFunctionFromConfig,
  rdsDbInstanceFromConfig,
  route53HostedZoneFromConfig,
  s3BucketFromConfig,
  secretsmanagerSecretFromConfig,
  wafv2RuleGroupFromConfig,
  wafv2WebAclFromConfig,
];
