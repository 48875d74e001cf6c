/** The built-in functions, in one explicit sorted index. */
import { allowsActionsOnEveryResource } from './allows-actions-on-every-resource.js';
import { allowsFullAdministrator } from './allows-full-administrator.js';
import { allowsServiceWildcard } from './allows-service-wildcard.js';
import { catchesCloudTrailEvents } from './catches-cloud-trail-events.js';
import type { BuiltinFunction } from './define.js';
import { deniesInsecureTransport } from './denies-insecure-transport.js';
import { enablesFeatures } from './enables-features.js';
import { exposesPortsToInternet } from './exposes-ports-to-internet.js';
import { exposesUnauthorizedPortsToInternet } from './exposes-unauthorized-ports-to-internet.js';
import { grantsPublicAccess } from './grants-public-access.js';
import { matchesLogEvents } from './matches-log-events.js';
import { networkAclAllowsFromInternet } from './network-acl-allows-from-internet.js';

export const builtinFunctions: readonly BuiltinFunction[] = [allowsActionsOnEveryResource, allowsFullAdministrator, allowsServiceWildcard, catchesCloudTrailEvents, deniesInsecureTransport, enablesFeatures, exposesPortsToInternet, exposesUnauthorizedPortsToInternet, grantsPublicAccess, matchesLogEvents, networkAclAllowsFromInternet];

export const functionsByName: ReadonlyMap<string, BuiltinFunction> = new Map(builtinFunctions.map((f) => [f.name, f]));
