/** Every collector, in one explicit sorted index (no registration by side effect). */
import type { Collector } from '../define.js';
import { cloudtrailTrails } from './cloudtrail/trails.js';
import { cloudwatchAlarms } from './cloudwatch/alarms.js';
import { ec2Instances } from './ec2/instances.js';
import { ec2NetworkAcls } from './ec2/network-acls.js';
import { ec2SecurityGroups } from './ec2/security-groups.js';
import { ec2Volumes } from './ec2/volumes.js';
import { ec2Vpcs } from './ec2/vpcs.js';
import { efsFileSystems } from './efs/file-systems.js';
import { kmsKeys } from './kms/keys.js';
import { logsLogGroups } from './logs/log-groups.js';
import { rdsDbInstances } from './rds/db-instances.js';
import { regionSettings } from './region/settings.js';
import { s3Buckets } from './s3/buckets.js';
import { snsTopics } from './sns/topics.js';

export const collectors: readonly Collector[] = [
  cloudtrailTrails, cloudwatchAlarms, ec2Instances, ec2NetworkAcls, ec2SecurityGroups, ec2Volumes, ec2Vpcs,
  efsFileSystems, kmsKeys, logsLogGroups, rdsDbInstances, regionSettings, s3Buckets, snsTopics,
];
