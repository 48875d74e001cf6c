/**
 * aws.autoscaling.launch-configuration: every launch configuration in the
 * region, from one paginated DescribeLaunchConfigurations listing (no
 * per-item call). Launch configurations carry no tags.
 */
import { AutoScalingClient, paginateDescribeLaunchConfigurations } from '@aws-sdk/client-auto-scaling';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { LAUNCH_CONFIGURATION_FIELDS, launchConfigurationFields } from './map.js';

export const launchConfigurationCalls = callTable('AutoScaling', 'autoscaling', {
  DescribeLaunchConfigurations: { iam: 'autoscaling:DescribeLaunchConfigurations', fills: [...LAUNCH_CONFIGURATION_FIELDS] },
});

export const autoscalingLaunchConfigurations = defineCollector({
  type: 'aws.autoscaling.launch-configuration',
  scope: 'regional',
  calls: [launchConfigurationCalls],
  async collect(ctx) {
    const client = ctx.clients.get(AutoScalingClient, ctx.region);
    const configs = await listResources(ctx, launchConfigurationCalls.DescribeLaunchConfigurations,
      () => paginateDescribeLaunchConfigurations({ client, pageSize: 100 }, {}), (page) => page.LaunchConfigurations);
    for (const config of configs) {
      const name = listedId(ctx, config.LaunchConfigurationName, launchConfigurationCalls.DescribeLaunchConfigurations, 'a launch configuration', 'LaunchConfigurationName');
      if (name === undefined) continue;
      const draft = ctx.draft({
        type: 'aws.autoscaling.launch-configuration', id: name,
        ...(config.LaunchConfigurationARN === undefined || config.LaunchConfigurationARN === '' ? {} : { arn: config.LaunchConfigurationARN }),
      });
      setFields(draft, launchConfigurationFields(config), launchConfigurationCalls.DescribeLaunchConfigurations.label);
      ctx.emit(draft.build());
    }
  },
});
