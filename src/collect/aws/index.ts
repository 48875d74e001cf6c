/** Every collector, in one explicit sorted index (no registration by side effect). */
import type { Collector } from '../define.js';
import { awsAccount } from './account/account.js';
import { cloudtrailTrails } from './cloudtrail/trails.js';
import { cloudwatchAlarms } from './cloudwatch/alarms.js';
import { ec2Instances } from './ec2/instances.js';
import { ec2NetworkAcls } from './ec2/network-acls.js';
import { ec2SecurityGroups } from './ec2/security-groups.js';
import { ec2Subnets } from './ec2/subnets.js';
import { ec2Volumes } from './ec2/volumes.js';
import { ec2Vpcs } from './ec2/vpcs.js';
import { efsFileSystems } from './efs/file-systems.js';
import { elbLoadBalancers } from './elb/load-balancers.js';
import { elbv2LoadBalancers } from './elbv2/load-balancers.js';
import { eventsEventBuses } from './events/event-buses.js';
import { eventsRules } from './events/rules.js';
import { guarddutyDetectors } from './guardduty/detectors.js';
import { iamPolicies } from './iam/policies.js';
import { iamRoles } from './iam/roles.js';
import { iamServerCertificates } from './iam/server-certificates.js';
import { iamUsers } from './iam/users.js';
import { kmsKeys } from './kms/keys.js';
import { logsLogGroups } from './logs/log-groups.js';
import { rdsDbInstances } from './rds/db-instances.js';
import { regionSettings } from './region/settings.js';
import { s3Buckets } from './s3/buckets.js';
import { snsTopics } from './sns/topics.js';

export const collectors: readonly Collector[] = [
  awsAccount, cloudtrailTrails, cloudwatchAlarms, ec2Instances, ec2NetworkAcls, ec2SecurityGroups, ec2Subnets, ec2Volumes, ec2Vpcs,
  efsFileSystems, elbLoadBalancers, elbv2LoadBalancers, eventsEventBuses, eventsRules, guarddutyDetectors, iamPolicies, iamRoles, iamServerCertificates, iamUsers, kmsKeys, logsLogGroups, rdsDbInstances, regionSettings,
  s3Buckets, snsTopics,
];
