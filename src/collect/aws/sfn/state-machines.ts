/**
 * aws.sfn.state-machine: the state machines of the region.
 * ListStateMachines names them; DescribeStateMachine (metadata only, so a
 * definition encrypted with a KMS key needs no kms:Decrypt and no
 * definition is asked for) answers each one's logging and tracing,
 * recorded on every field it fills when it fails. A state machine deleted
 * between listing and describing (StateMachineDoesNotExist) is not emitted.
 */
import { DescribeStateMachineCommand, paginateListStateMachines, SFNClient } from '@aws-sdk/client-sfn';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { STATE_MACHINE_FIELDS, stateMachineFields } from './map.js';

export const stateMachineCalls = callTable('SFN', 'states', {
  ListStateMachines: { iam: 'states:ListStateMachines', fills: ['name', 'arn'] },
  DescribeStateMachine: { iam: 'states:DescribeStateMachine', absentOn: ['StateMachineDoesNotExist'], fills: [...STATE_MACHINE_FIELDS] },
});

export const sfnStateMachines = defineCollector({
  type: 'aws.sfn.state-machine',
  scope: 'regional',
  calls: [stateMachineCalls],
  async collect(ctx) {
    const sfn = ctx.clients.get(SFNClient, ctx.region);
    const listed = await listResources(ctx, stateMachineCalls.ListStateMachines, () => paginateListStateMachines({ client: sfn, pageSize: 100 }, {}), (page) => page.stateMachines);
    await inWindow(listed, async (item) => {
      const arn = listedId(ctx, item.stateMachineArn, stateMachineCalls.ListStateMachines, 'a state machine', 'its ARN');
      if (arn === undefined) return;
      const name = listedId(ctx, item.name, stateMachineCalls.ListStateMachines, `the state machine ${arn}`, 'its name');
      if (name === undefined) return;
      const described = await ctx.call(stateMachineCalls.DescribeStateMachine, () => sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn, includedData: 'METADATA_ONLY' })));
      if (described.kind === 'absent') return;
      const draft = ctx.draft({ type: 'aws.sfn.state-machine', id: name, arn }).set('name', name).set('arn', arn);
      if (described.kind === 'ok') setFields(draft, stateMachineFields(described.value), stateMachineCalls.DescribeStateMachine.label);
      else for (const path of STATE_MACHINE_FIELDS) draft.fail(path, described.failure);
      ctx.emit(draft.build());
    });
  },
});
