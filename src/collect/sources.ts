/**
 * Where collection reads each type from. `api`: every type from its
 * service's APIs. `config`: the types AWS Config records fully enough from
 * Config's advanced query (src/collect/config/mappers), every other type
 * from its APIs in the same run — the credential report, trail status,
 * metric filters and the like are not in Config (docs/config-source.md).
 * Only the collectors of the types asked for are loaded, with their SDK
 * clients.
 */
import { collectorEntries, loadCollectors } from './aws/index.js';
import type { Collector } from './define.js';
import type { Source } from './source-names.js';

export { sources, type Source } from './source-names.js';

/** The collectors of `source` for these catalog types (every type when none are given). */
export async function collectorsFor(source: Source, types?: ReadonlySet<string>): Promise<Collector[]> {
  if (source === 'api') return loadCollectors(types);
  const [{ configCollectors }, { configMappers }] = await Promise.all([import('./config/collectors.js'), import('./config/mappers/index.js')]);
  const mappers = configMappers.filter((m) => types === undefined || types.has(m.catalogType));
  const fromConfig = new Set(configMappers.map((m) => m.catalogType));
  const wanted = types ?? new Set(collectorEntries.map((e) => e.type));
  const rest = await loadCollectors(new Set([...wanted].filter((t) => !fromConfig.has(t))));
  return [...configCollectors(mappers), ...rest];
}
