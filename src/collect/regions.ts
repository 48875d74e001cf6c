/**
 * The partition's regions with the account's opt-in status of each, asked
 * once per run: one DescribeRegions (AllRegions) answer holds every region's
 * status, so the run's region plan and every aws.region resource read the
 * same answer instead of each asking again. Shared through a cache keyed on
 * the run's ClientPool (a WeakMap: it lives exactly as long as the pool), as
 * the credential report is.
 */
import { DescribeRegionsCommand, EC2Client, type DescribeRegionsCommandOutput } from '@aws-sdk/client-ec2';
import type { ClientPool } from './clients.js';
import { homeRegion, type Partition } from './partition.js';

const answers = new WeakMap<ClientPool, Map<Partition, Promise<DescribeRegionsCommandOutput>>>();

/** DescribeRegions with AllRegions from the partition's home region, sent on first use with this pool and shared after; a failure is shared too. */
export function describeAllRegions(clients: ClientPool, partition: Partition): Promise<DescribeRegionsCommandOutput> {
  let byPartition = answers.get(clients);
  if (byPartition === undefined) answers.set(clients, (byPartition = new Map<Partition, Promise<DescribeRegionsCommandOutput>>()));
  let answer = byPartition.get(partition);
  if (answer === undefined) {
    answer = clients.get(EC2Client, homeRegion(partition)).send(new DescribeRegionsCommand({ AllRegions: true }));
    // Each reader awaits it and records its own failure; an early rejection must not surface as unhandled.
    answer.catch(() => undefined);
    byPartition.set(partition, answer);
  }
  return answer;
}
