/** Every Config mapping, one per catalog type that AWS Config records fully enough (docs/config-source.md lists the rest). */
import type { ConfigMapper } from '../mapper.js';
import { ec2SecurityGroupFromConfig } from './ec2-security-group.js';

export const configMappers: readonly ConfigMapper[] = [ec2SecurityGroupFromConfig];
