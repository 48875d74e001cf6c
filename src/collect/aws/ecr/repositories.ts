/**
 * aws.ecr.repository: the private repositories of the region. Besides each
 * repository's own settings (DescribeRepositories), it reads the scanning
 * the registry's scanning configuration gives each repository
 * (BatchGetRepositoryScanningConfiguration, 25 repositories a call): AWS
 * applies the registry's rules and answers the repository's effective scan
 * frequency, which is what decides whether its images are scanned — the
 * repository's own scanOnPush flag is ignored where registry rules apply.
 * A repository the batch answer leaves out is unreadable there; one it
 * names REPOSITORY_NOT_FOUND (deleted after the listing) is not emitted.
 * The lifecycle and repository policies are one call each, their
 * "not found" answers null. ListTagsForResource answers the tags, by the
 * repository's ARN; tags it cannot read are named unreadable on the
 * repository, never read as "untagged".
 */
import {
  BatchGetRepositoryScanningConfigurationCommand, ECRClient, GetLifecyclePolicyCommand, GetRepositoryPolicyCommand, ListTagsForResourceCommand, paginateDescribeRepositories, type RepositoryScanningConfiguration,
} from '@aws-sdk/client-ecr';
import { asIs, INCOMPLETE, mapped, required, setFields, tagMap } from '../../answers.js';
import { callTable } from '../../calls.js';
import type { CollectContext, Fetch } from '../../context.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { envelopeTags, failTags } from '../../tags.js';
import { inWindow } from '../../window.js';
import { batches, lifecyclePolicy, repositoryFields, repositoryPolicy, scanningFields, scanningPaths } from './map.js';

export const repositoryCalls = callTable('ECR', 'ecr', {
  DescribeRepositories: { iam: 'ecr:DescribeRepositories', fills: ['repositoryName', 'repositoryArn', 'registryId', 'createdAt', 'imageTagMutability', 'imageTagMutabilityExclusionFilters', 'scanOnPush', 'encryptionType', 'kmsKey'] },
  BatchGetRepositoryScanningConfiguration: { iam: 'ecr:BatchGetRepositoryScanningConfiguration', fills: ['scanFrequency', 'appliedScanFilters'] },
  GetLifecyclePolicy: { iam: 'ecr:GetLifecyclePolicy', absentOn: ['LifecyclePolicyNotFoundException'], fills: ['lifecyclePolicy'] },
  GetRepositoryPolicy: { iam: 'ecr:GetRepositoryPolicy', absentOn: ['RepositoryPolicyNotFoundException'], fills: ['repositoryPolicy'] },
  ListTagsForResource: { iam: 'ecr:ListTagsForResource' },
});

/** A repository's effective scanning: AWS's answer for it, the batch's failure, or 'gone' (deleted since the listing). */
type Scanning = Fetch<RepositoryScanningConfiguration> | 'gone';

async function scanningByName(ctx: CollectContext, ecr: ECRClient, names: readonly string[]): Promise<Map<string, Scanning>> {
  const out = new Map<string, Scanning>();
  const call = repositoryCalls.BatchGetRepositoryScanningConfiguration;
  await inWindow(batches(names), async (batch) => {
    const answer = await ctx.call(call, () => ecr.send(new BatchGetRepositoryScanningConfigurationCommand({ repositoryNames: batch })));
    for (const name of batch) {
      if (answer.kind !== 'ok') {
        out.set(name, answer);
        continue;
      }
      const config = answer.value.scanningConfigurations?.find((c) => c.repositoryName === name);
      const failure = answer.value.failures?.find((f) => f.repositoryName === name);
      if (config !== undefined) out.set(name, { kind: 'ok', value: config });
      else if (failure?.failureCode === 'REPOSITORY_NOT_FOUND') out.set(name, 'gone');
      // A failure code this version does not know is named in the message; the field is unreadable either way.
      else out.set(name, { kind: 'failed', failure: { code: INCOMPLETE, message: failure === undefined ? `the answer has no scanning configuration for ${name}` : `the answer names ${name} a failure: ${String(failure.failureCode)} ${failure.failureReason ?? ''}`.trimEnd(), operation: call.label } });
    }
  });
  return out;
}

export const ecrRepositories = defineCollector({
  type: 'aws.ecr.repository',
  scope: 'regional',
  calls: [repositoryCalls],
  async collect(ctx) {
    const ecr = ctx.clients.get(ECRClient, ctx.region);
    const listed = await listResources(ctx, repositoryCalls.DescribeRepositories, () => paginateDescribeRepositories({ client: ecr }, {}), (page) => page.repositories);
    const repositories = listed.flatMap((repo) => {
      const name = listedId(ctx, repo.repositoryName, repositoryCalls.DescribeRepositories, 'a repository', 'repositoryName');
      return name === undefined ? [] : [{ name, repo }];
    });
    const scanning = await scanningByName(ctx, ecr, repositories.map((r) => r.name));
    await inWindow(repositories, async ({ name, repo }) => {
      const scan = scanning.get(name);
      if (scan === 'gone' || scan === undefined) return;
      const arn = repo.repositoryArn === undefined || repo.repositoryArn === '' ? undefined : repo.repositoryArn;
      const [lifecycle, policy, tagged] = await Promise.all([
        ctx.call(repositoryCalls.GetLifecyclePolicy, () => ecr.send(new GetLifecyclePolicyCommand({ repositoryName: name, registryId: repo.registryId }))),
        ctx.call(repositoryCalls.GetRepositoryPolicy, () => ecr.send(new GetRepositoryPolicyCommand({ repositoryName: name, registryId: repo.registryId }))),
        // ListTagsForResource takes only the ARN: without it in the listing the tags cannot be asked for.
        arn === undefined ? undefined : ctx.call(repositoryCalls.ListTagsForResource, () => ecr.send(new ListTagsForResourceCommand({ resourceArn: arn }))),
      ]);
      const tags = envelopeTags(tagged, (answer) => tagMap(required(answer.tags, 'tags')), repositoryCalls.ListTagsForResource.label, 'DescribeRepositories answered no repositoryArn to read the tags by');
      const draft = ctx.draft({ type: 'aws.ecr.repository', id: name, ...(arn === undefined ? {} : { arn }), tags: tags.tags });
      failTags(draft, tags);
      setFields(draft, repositoryFields(repo), repositoryCalls.DescribeRepositories.label);
      if (scan.kind === 'ok') setFields(draft, scanningFields(scan.value), repositoryCalls.BatchGetRepositoryScanningConfiguration.label);
      else draft.fields(scanningPaths, scan, () => ({}));
      draft.field('lifecyclePolicy', mapped(lifecycle, lifecyclePolicy, repositoryCalls.GetLifecyclePolicy.label), asIs);
      // A policy that is not JSON is unreadable, never a crash of the collector.
      draft.field('repositoryPolicy', mapped(policy, repositoryPolicy, repositoryCalls.GetRepositoryPolicy.label), asIs);
      ctx.emit(draft.build());
    });
  },
});
