/**
 * Where collection reads each type from. `api`: every type from its
 * service's APIs. `config`: the types AWS Config records fully enough from
 * Config's advanced query (src/collect/config/mappers), every other type
 * from its APIs in the same run — the credential report, trail status,
 * metric filters and the like are not in Config (docs/config-source.md).
 */
import { collectors } from './aws/index.js';
import { configCollectors } from './config/collectors.js';
import { configMappers } from './config/mappers/index.js';
import type { Collector } from './define.js';
import type { Source } from './source-names.js';

export { sources, type Source } from './source-names.js';

export function collectorsFor(source: Source): Collector[] {
  if (source === 'api') return [...collectors];
  const fromConfig = new Set(configMappers.map((m) => m.catalogType));
  return [...configCollectors(configMappers), ...collectors.filter((c) => !fromConfig.has(c.type))];
}
