/** RDS Proxies: most requiring TLS, some not, so RDS.43 sees both verdicts. */
import { rdsDbProxy } from '../../src/resources/types/rds-db-proxy.js';
import { defineRecipe, refsOr, type Recipe, type Variation } from './recipe.js';

export const rdsProxyRecipe: Recipe = defineRecipe({
  definition: rdsDbProxy,
  weight: 3,
  vary(rng): Variation<typeof rdsDbProxy.data> {
    return {
      data: {
        engineFamily: rng.pick(['POSTGRESQL', 'MYSQL', 'SQLSERVER']),
        requireTls: rng.chance(0.7),
        debugLogging: rng.chance(0.1),
      },
    };
  },
  identify(seq, place, _template, refs, rng) {
    const name = `proxy-${seq}`;
    return {
      id: name,
      arn: `arn:aws:rds:${place.region}:${place.account}:db-proxy:prx-${seq}`,
      data: {
        dbProxyName: name,
        vpcId: refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, ['vpc-0a1b2c3d4e5f67890'])[0] ?? 'vpc-0a1b2c3d4e5f67890',
        vpcSecurityGroupIds: refsOr(refs.ids('aws.ec2.security-group', place.account, place.region), rng, 1, ['sg-0123456789abcdef0']),
      },
    };
  },
});
