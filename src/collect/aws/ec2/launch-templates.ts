/**
 * aws.ec2.launch-template: every launch template in the region with the
 * settings of its default version, the version a launch that names none uses
 * and the one AWS Config's launch template rules (and Security Hub's
 * EC2.25, EC2.170, EC2.181) evaluate. The default versions come from one
 * paginated DescribeLaunchTemplateVersions per region ($Default, no template
 * named), joined by template id; when that listing fails, or does not answer
 * a template's default version, the template's version fields are recorded
 * failures, never empty settings.
 */
import { callTable } from '../../calls.js';
import { EC2Client, paginateDescribeLaunchTemplates, paginateDescribeLaunchTemplateVersions, type LaunchTemplateVersion } from '@aws-sdk/client-ec2';
import { INCOMPLETE, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, readPages, listedId } from '../../listing.js';
import { launchTemplateEnvelope, launchTemplateFields, launchTemplateVersionFields } from './map-launch-templates.js';

export const launchTemplateCalls = callTable('EC2', 'ec2', {
  DescribeLaunchTemplates: { iam: 'ec2:DescribeLaunchTemplates', fills: ['launchTemplateId', 'launchTemplateName', 'createTime', 'defaultVersionNumber', 'latestVersionNumber'] },
  DescribeLaunchTemplateVersions: { iam: 'ec2:DescribeLaunchTemplateVersions', fills: ['metadataOptions', 'networkInterfaces', 'blockDeviceMappings'] },
});

const versionFields = ['metadataOptions', 'networkInterfaces', 'blockDeviceMappings'] as const;

export const ec2LaunchTemplates = defineCollector({
  type: 'aws.ec2.launch-template',
  scope: 'regional',
  calls: [launchTemplateCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    // Both listings answer at most 200 items a page.
    const [templates, versions] = await Promise.all([
      listResources(ctx, launchTemplateCalls.DescribeLaunchTemplates, () => paginateDescribeLaunchTemplates({ client: ec2, pageSize: 200 }, {}), (page) => page.LaunchTemplates),
      readPages(launchTemplateCalls.DescribeLaunchTemplateVersions, paginateDescribeLaunchTemplateVersions({ client: ec2, pageSize: 200 }, { Versions: ['$Default'] }), (page) => page.LaunchTemplateVersions),
    ]);
    const defaults = new Map<string, LaunchTemplateVersion>();
    for (const version of versions.items) {
      if (version.LaunchTemplateId !== undefined && version.DefaultVersion !== false) defaults.set(version.LaunchTemplateId, version);
    }
    for (const template of templates) {
      const id = listedId(ctx, template.LaunchTemplateId, launchTemplateCalls.DescribeLaunchTemplates, 'a launch template', 'LaunchTemplateId');
      if (id === undefined) continue;
      const draft = ctx.draft(launchTemplateEnvelope(template, ctx));
      setFields(draft, launchTemplateFields(template), launchTemplateCalls.DescribeLaunchTemplates.label);
      const version = defaults.get(id);
      if (versions.failure !== undefined) {
        for (const path of versionFields) draft.fail(path, versions.failure);
      } else if (version === undefined) {
        // A template created after the versions were listed, or an answer that left it out: its settings are unknown.
        const failure = { code: INCOMPLETE, message: `DescribeLaunchTemplateVersions answered no default version for ${id}`, operation: launchTemplateCalls.DescribeLaunchTemplateVersions.label };
        for (const path of versionFields) draft.fail(path, failure);
      } else {
        setFields(draft, launchTemplateVersionFields(version), launchTemplateCalls.DescribeLaunchTemplateVersions.label);
      }
      ctx.emit(draft.build());
    }
  },
});
