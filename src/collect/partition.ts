/** Partition facts collection needs: where account-wide (global) APIs are called. */
export type Partition = 'aws' | 'aws-us-gov' | 'aws-cn';

const homeRegions: Record<Partition, string> = { aws: 'us-east-1', 'aws-us-gov': 'us-gov-west-1', 'aws-cn': 'cn-north-1' };

export function homeRegion(partition: Partition): string {
  return homeRegions[partition];
}

/** The partition of an ARN such as the caller identity's: arn:<partition>:… */
export function partitionOfArn(arn: string): Partition {
  const partition = arn.split(':')[1];
  return partition === 'aws-us-gov' || partition === 'aws-cn' ? partition : 'aws';
}
