/**
 * AWS Config as a recorded account answers it to the Config collector: one
 * recorder recording every supported type, SelectResourceConfig paging the
 * given items (the first two, then the rest behind a NextToken), and
 * BatchGetResourceConfig completing the items that came without their
 * configuration. Each `--source config` equivalence test puts its service's
 * own routes after these.
 */
import { byTarget, json, type Route } from './recorded-aws.js';

export interface ConfigAnswers {
  /** The configuration BatchGetResourceConfig answers for a resource id (as the JSON string Config sends), or undefined to leave it out. */
  readonly completes?: (resourceId: string) => unknown;
  /** Config's name of the type the items are, for the completed items. */
  readonly resourceType?: string;
  readonly account?: string;
  readonly region?: string;
}

export function configRoutes(items: readonly string[], answers: ConfigAnswers = {}): Route[] {
  const { completes, resourceType = '', account = '123456789012', region = 'us-east-1' } = answers;
  return [
    { name: 'DescribeConfigurationRecorders', match: byTarget('StarlingDoveService.DescribeConfigurationRecorders'), respond: json({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true } }] }) },
    { name: 'DescribeConfigurationRecorderStatus', match: byTarget('StarlingDoveService.DescribeConfigurationRecorderStatus'), respond: json({ ConfigurationRecordersStatus: [{ name: 'default', recording: true }] }) },
    {
      name: 'SelectResourceConfig',
      match: byTarget('StarlingDoveService.SelectResourceConfig'),
      respond: (r) => (r.params.NextToken === undefined ? json({ Results: items.slice(0, 2), NextToken: 'page-2' }) : json({ Results: items.slice(2) })),
    },
    {
      name: 'BatchGetResourceConfig',
      match: byTarget('StarlingDoveService.BatchGetResourceConfig'),
      respond: (r) => json({
        baseConfigurationItems: (r.params.resourceKeys as { resourceId: string }[]).flatMap((k) => {
          const configuration = completes?.(k.resourceId);
          // BatchGetResourceConfig answers the configuration as a JSON string.
          return configuration === undefined ? [] : [{ resourceId: k.resourceId, resourceType, accountId: account, awsRegion: region, configuration: JSON.stringify(configuration), supplementaryConfiguration: {} }];
        }),
        unprocessedResourceKeys: [],
      }),
    },
  ];
}
