/**
 * Does a list of named features (GuardDuty's protection plans) have every
 * required one on? A requirement is a feature name (`S3_DATA_EVENTS`), or a
 * feature and one of its additional configurations
 * (`RUNTIME_MONITORING/EKS_ADDON_MANAGEMENT`, the automated agent
 * management Security Hub's Runtime Monitoring controls ask for). A feature
 * the list does not name is off: GuardDuty lists every feature it has for
 * the region, and a region without a detector lists none. What evidence
 * shows is the requirements that are not met, so a FAIL names the features
 * to turn on.
 */
import { Type } from '@sinclair/typebox';
import { defineFunction } from './define.js';

interface Named {
  readonly name?: unknown;
  readonly status?: unknown;
  readonly additionalConfiguration?: unknown;
}

const asList = (value: unknown): readonly Named[] => (Array.isArray(value) ? value.filter((v): v is Named => typeof v === 'object' && v !== null) : []);
const enabled = (list: readonly Named[], name: string): Named | undefined => list.find((item) => item.name === name && item.status === 'ENABLED');

function met(features: readonly Named[], requirement: string): boolean {
  const [name = '', additional] = requirement.split('/');
  const feature = enabled(features, name);
  if (feature === undefined) return false;
  return additional === undefined || enabled(asList(feature.additionalConfiguration), additional) !== undefined;
}

export const enablesFeatures = defineFunction({
  name: 'enablesFeatures',
  description: 'True when every required feature is ENABLED in a list of { name, status, additionalConfiguration } (GuardDuty detector features); "FEATURE/CONFIGURATION" also requires that additional configuration ENABLED. Evidence lists the requirements not met.',
  input: 'a list of features, each { name, status, additionalConfiguration: [{ name, status }] } (aws.guardduty.detector features)',
  options: Type.Object({
    features: Type.Array(Type.String({ pattern: '^[A-Z0-9_]+(/[A-Z0-9_]+)?$' }), { minItems: 1, description: 'Required features, e.g. [S3_DATA_EVENTS, RUNTIME_MONITORING/EKS_ADDON_MANAGEMENT].' }),
  }, { additionalProperties: false }),
  compile(options) {
    const required = options.features as string[];
    return (value) => {
      const features = asList(value);
      const off = required.filter((requirement) => !met(features, requirement));
      return { result: off.length === 0, actual: off };
    };
  },
});
