/**
 * aws.lambda.function: the functions of the region ($LATEST, as
 * ListFunctions lists them) with their resource-based policy, event invoke
 * configuration and code signing configuration, three calls per function
 * sent side by side, each failing only the field it fills. A function
 * deleted between listing and reading (GetFunctionCodeSigningConfig answers
 * ResourceNotFoundException, which for that call can only mean the function
 * is gone) is not emitted. No tags are read (no lambda:ListTags): a
 * function's tags are empty here.
 */
import { GetFunctionCodeSigningConfigCommand, GetFunctionEventInvokeConfigCommand, GetPolicyCommand, LambdaClient, paginateListFunctions } from '@aws-sdk/client-lambda';
import { setField, setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { codeSigningConfigArn, functionFields, functionPolicy, onFailureDestination } from './map.js';

export const functionCalls = callTable('Lambda', 'lambda', {
  ListFunctions: { iam: 'lambda:ListFunctions', fills: ['functionName', 'functionArn', 'runtime', 'packageType', 'role', 'vpcConfig', 'deadLetterTargetArn', 'tracingMode', 'architectures', 'lastModified'] },
  // ResourceNotFoundException: the function has no resource-based policy.
  GetPolicy: { iam: 'lambda:GetPolicy', absentOn: ['ResourceNotFoundException'], fills: ['policy'] },
  // ResourceNotFoundException: the function has no event invoke configuration.
  GetFunctionEventInvokeConfig: { iam: 'lambda:GetFunctionEventInvokeConfig', absentOn: ['ResourceNotFoundException'], fills: ['onFailureDestination'] },
  // ResourceNotFoundException: the function itself is gone (a function without a configuration answers an empty ARN).
  GetFunctionCodeSigningConfig: { iam: 'lambda:GetFunctionCodeSigningConfig', absentOn: ['ResourceNotFoundException'], fills: ['codeSigningConfigArn'] },
});

export const lambdaFunctions = defineCollector({
  type: 'aws.lambda.function',
  scope: 'regional',
  calls: [functionCalls],
  async collect(ctx) {
    const lambda = ctx.clients.get(LambdaClient, ctx.region);
    const functions = await listResources(ctx, functionCalls.ListFunctions, () => paginateListFunctions({ client: lambda }, {}), (page) => page.Functions);
    await inWindow(functions, async (fn) => {
      const name = listedId(ctx, fn.FunctionName, functionCalls.ListFunctions, 'a function', 'FunctionName');
      if (name === undefined) return;
      const [policy, invokeConfig, codeSigning] = await Promise.all([
        ctx.call(functionCalls.GetPolicy, () => lambda.send(new GetPolicyCommand({ FunctionName: name }))),
        ctx.call(functionCalls.GetFunctionEventInvokeConfig, () => lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: name }))),
        ctx.call(functionCalls.GetFunctionCodeSigningConfig, () => lambda.send(new GetFunctionCodeSigningConfigCommand({ FunctionName: name }))),
      ]);
      if (codeSigning.kind === 'absent') return;
      const draft = ctx.draft({ type: 'aws.lambda.function', id: name, ...(fn.FunctionArn === undefined || fn.FunctionArn === '' ? {} : { arn: fn.FunctionArn }) });
      setFields(draft, functionFields(fn), functionCalls.ListFunctions.label);
      // Recorded in a fixed order, however the three calls raced.
      setField(draft, 'policy', policy, functionPolicy, functionCalls.GetPolicy.label);
      setField(draft, 'onFailureDestination', invokeConfig, onFailureDestination, functionCalls.GetFunctionEventInvokeConfig.label);
      setField(draft, 'codeSigningConfigArn', codeSigning, codeSigningConfigArn, functionCalls.GetFunctionCodeSigningConfig.label);
      ctx.emit(draft.build());
    });
  },
});
