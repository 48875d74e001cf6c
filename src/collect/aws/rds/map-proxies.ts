/**
 * Pure mapping from RDS DescribeDBProxies to the aws.rds.db-proxy catalog
 * shape, one reader per field (answers.ts). RDS's service model gives
 * RequireTLS and DebugLogging no default, so a flag the answer left out is
 * unknown: read as false, RequireTLS would fail on nothing, and read as
 * true it would pass on nothing. VpcSecurityGroupIds absent is none.
 */
import type { DBProxy } from '@aws-sdk/client-rds';
import { required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type DbProxy = CatalogData['aws.rds.db-proxy'];

export function dbProxyFields(proxy: DBProxy): ReadersOf<DbProxy> {
  return {
    dbProxyName: () => text(proxy.DBProxyName, 'DBProxyName'),
    status: () => text(proxy.Status, 'Status'),
    engineFamily: () => text(proxy.EngineFamily, 'EngineFamily'),
    requireTls: () => required(proxy.RequireTLS, 'RequireTLS'),
    vpcId: () => text(proxy.VpcId, 'VpcId'),
    vpcSecurityGroupIds: () => [...(proxy.VpcSecurityGroupIds ?? [])],
    debugLogging: () => required(proxy.DebugLogging, 'DebugLogging'),
  };
}
