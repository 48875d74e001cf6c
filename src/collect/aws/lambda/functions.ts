/**
 * aws.lambda.function: the functions of the region ($LATEST, as
 * ListFunctions lists them) with their resource-based policy, event invoke
 * configuration and code signing configuration, three calls per function
 * sent side by side, each failing only the field it fills; the code
 * signing configuration a function names is then read itself
 * (GetCodeSigningConfig, once per configuration in a run), since whether
 * unsigned code is refused is decided there, not by the ARN. A function
 * deleted between listing and reading (GetFunctionCodeSigningConfig answers
 * ResourceNotFoundException, which for that call can only mean the function
 * is gone) is not emitted. ListTags answers the tags, by the function's
 * ARN; tags it cannot read are named unreadable on the function, never
 * read as "untagged".
 */
import {
  GetCodeSigningConfigCommand, GetFunctionCodeSigningConfigCommand, GetFunctionEventInvokeConfigCommand, GetPolicyCommand, LambdaClient, ListTagsCommand, paginateListFunctions,
  type GetCodeSigningConfigCommandOutput, type GetFunctionCodeSigningConfigCommandOutput,
} from '@aws-sdk/client-lambda';
import { asIs, mapped, required, setField, setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import type { CollectContext, Fetch } from '../../context.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { envelopeTags, failTags } from '../../tags.js';
import { inWindow } from '../../window.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { codeSigningConfig, codeSigningConfigArn, functionFields, functionPolicy, onFailureDestination } from './map.js';

export const functionCalls = callTable('Lambda', 'lambda', {
  ListFunctions: { iam: 'lambda:ListFunctions', fills: ['functionName', 'functionArn', 'runtime', 'packageType', 'role', 'vpcConfig', 'deadLetterTargetArn', 'tracingMode', 'architectures', 'lastModified'] },
  // ResourceNotFoundException: the function has no resource-based policy.
  GetPolicy: { iam: 'lambda:GetPolicy', absentOn: ['ResourceNotFoundException'], fills: ['policy'] },
  // ResourceNotFoundException: the function has no event invoke configuration.
  GetFunctionEventInvokeConfig: { iam: 'lambda:GetFunctionEventInvokeConfig', absentOn: ['ResourceNotFoundException'], fills: ['onFailureDestination'] },
  // ResourceNotFoundException: the function itself is gone (a function without a configuration answers an empty ARN).
  GetFunctionCodeSigningConfig: { iam: 'lambda:GetFunctionCodeSigningConfig', absentOn: ['ResourceNotFoundException'], fills: ['codeSigningConfigArn'] },
  // The configuration the function names; it exists while a function names it (Lambda refuses to delete one in use).
  GetCodeSigningConfig: { iam: 'lambda:GetCodeSigningConfig', fills: ['codeSigning'] },
  ListTags: { iam: 'lambda:ListTags' },
});

/**
 * A function's code signing configuration, read from the configuration
 * itself (GetCodeSigningConfig), not decided from the ARN the function
 * names: whether unsigned code is refused or only logged is in the
 * configuration. Shared with the AWS Config mapping. Many functions name
 * one configuration, so a collector run reads each once (`configs`, owned
 * by the run).
 */
type CodeSigning = CatalogData['aws.lambda.function']['codeSigning'];
export type CodeSigningConfigs = Map<string, Promise<Fetch<GetCodeSigningConfigCommandOutput>>>;

/** From the function's GetFunctionCodeSigningConfig answer: null without a configuration, its failure when that answer failed. */
export async function codeSigningOf(
  ctx: CollectContext, lambda: LambdaClient, named: Fetch<GetFunctionCodeSigningConfigCommandOutput>, configs: CodeSigningConfigs,
): Promise<Fetch<CodeSigning>> {
  const arn = mapped(named, codeSigningConfigArn, functionCalls.GetFunctionCodeSigningConfig.label);
  if (arn.kind === 'absent') return { kind: 'failed', failure: { code: 'ResourceNotFoundException', message: 'Lambda no longer has the function', operation: functionCalls.GetFunctionCodeSigningConfig.label } };
  if (arn.kind === 'failed') return arn;
  if (arn.value === null) return { kind: 'ok', value: null };
  const CodeSigningConfigArn = arn.value;
  let answer = configs.get(CodeSigningConfigArn);
  if (answer === undefined) {
    answer = ctx.call(functionCalls.GetCodeSigningConfig, () => lambda.send(new GetCodeSigningConfigCommand({ CodeSigningConfigArn })));
    configs.set(CodeSigningConfigArn, answer);
  }
  return mapped(await answer, codeSigningConfig, functionCalls.GetCodeSigningConfig.label);
}

export const lambdaFunctions = defineCollector({
  type: 'aws.lambda.function',
  scope: 'regional',
  calls: [functionCalls],
  async collect(ctx) {
    const lambda = ctx.clients.get(LambdaClient, ctx.region);
    const configs: CodeSigningConfigs = new Map();
    const functions = await listResources(ctx, functionCalls.ListFunctions, () => paginateListFunctions({ client: lambda }, {}), (page) => page.Functions);
    await inWindow(functions, async (fn) => {
      const name = listedId(ctx, fn.FunctionName, functionCalls.ListFunctions, 'a function', 'FunctionName');
      if (name === undefined) return;
      const arn = fn.FunctionArn === undefined || fn.FunctionArn === '' ? undefined : fn.FunctionArn;
      const [policy, invokeConfig, codeSigning, tagged] = await Promise.all([
        ctx.call(functionCalls.GetPolicy, () => lambda.send(new GetPolicyCommand({ FunctionName: name }))),
        ctx.call(functionCalls.GetFunctionEventInvokeConfig, () => lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: name }))),
        ctx.call(functionCalls.GetFunctionCodeSigningConfig, () => lambda.send(new GetFunctionCodeSigningConfigCommand({ FunctionName: name }))),
        // ListTags takes only the ARN: without it in the listing the tags cannot be asked for.
        arn === undefined ? undefined : ctx.call(functionCalls.ListTags, () => lambda.send(new ListTagsCommand({ Resource: arn }))),
      ]);
      if (codeSigning.kind === 'absent') return;
      const signingConfig = await codeSigningOf(ctx, lambda, codeSigning, configs);
      const tags = envelopeTags(tagged, (answer) => ({ ...required(answer.Tags, 'Tags') }), functionCalls.ListTags.label, 'ListFunctions answered no FunctionArn to read the tags by');
      const draft = ctx.draft({ type: 'aws.lambda.function', id: name, ...(arn === undefined ? {} : { arn }), tags: tags.tags });
      failTags(draft, tags);
      setFields(draft, functionFields(fn), functionCalls.ListFunctions.label);
      // Recorded in a fixed order, however the three calls raced.
      setField(draft, 'policy', policy, functionPolicy, functionCalls.GetPolicy.label);
      setField(draft, 'onFailureDestination', invokeConfig, onFailureDestination, functionCalls.GetFunctionEventInvokeConfig.label);
      setField(draft, 'codeSigningConfigArn', codeSigning, codeSigningConfigArn, functionCalls.GetFunctionCodeSigningConfig.label);
      setField(draft, 'codeSigning', signingConfig, asIs, functionCalls.GetCodeSigningConfig.label);
      ctx.emit(draft.build());
    });
  },
});
