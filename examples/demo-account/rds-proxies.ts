/** RDS Proxies: one requiring TLS, one that still accepts plain connections. */
import { rdsDbProxy } from '../../src/resources/types/rds-db-proxy.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, make, securityGroups as sg, vpcs, type DemoRegion, type Overrides } from './demo.js';

function proxy(region: DemoRegion, name: string, id: string, data: Overrides<typeof rdsDbProxy>): Resource {
  return make(rdsDbProxy, { id: name, region, arn: arn.in('rds', region, `db-proxy:${id}`), data: { dbProxyName: name, ...data } });
}

export function rdsProxies(): Resource[] {
  return [
    // Compliant: the app database's proxy refuses plain connections (RDS.43 passes).
    proxy('us-east-1', 'app-postgres-proxy', 'prx-0a1b2c3d4e5f6a7b8', { vpcId: vpcs.prodUsEast1, vpcSecurityGroupIds: [sg.appDb] }),
    // Non-compliant: a MySQL proxy in the EU accepting plain connections, with debug logging left on (RDS.43 fails).
    proxy('eu-west-1', 'sessions-proxy', 'prx-0f9e8d7c6b5a4f3e2', {
      engineFamily: 'MYSQL', requireTls: false, debugLogging: true, vpcId: vpcs.prodEuWest1, vpcSecurityGroupIds: [sg.ordersDbEu],
    }),
  ];
}
