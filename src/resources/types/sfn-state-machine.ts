import { defineResourceType } from '../define.js';
import { bool, list, obj, oneOf, str, timestamp } from '../fields.js';

export const sfnStateMachine = defineResourceType({
  type: 'aws.sfn.state-machine',
  service: 'states',
  scope: 'regional',
  awsTypes: ['AWS::StepFunctions::StateMachine'],
  description: 'A Step Functions state machine with its logging and tracing configuration. Its definition is never collected: it can hold secrets (parameters, endpoints, tokens) and no policy reads it.',
  idDescription: 'the state machine name (the ARN is on the resource)',
  data: obj({
    name: str('State machine name (ListStateMachines stateMachines[].name).'),
    arn: str('State machine ARN (ListStateMachines stateMachines[].stateMachineArn).'),
    type: oneOf(['STANDARD', 'EXPRESS'], 'Workflow type (DescribeStateMachine type).'),
    status: oneOf(['ACTIVE', 'DELETING'], 'State machine status (status).'),
    createdAt: timestamp('When the state machine was created (creationDate).'),
    roleArn: str('IAM role the state machine runs as (roleArn).'),
    loggingLevel: oneOf(['ALL', 'ERROR', 'FATAL', 'OFF'], 'Which execution history events go to CloudWatch Logs (loggingConfiguration.level): ALL, ERROR (errors and above), FATAL (fatal errors only) or OFF.'),
    includeExecutionData: bool('Whether the logged events carry execution input, output and state data (loggingConfiguration.includeExecutionData).'),
    logGroupArns: list(str('Log group ARN.'), 'Log groups that receive the events (loggingConfiguration.destinations[].cloudWatchLogsLogGroup.logGroupArn); empty when none.'),
    tracingEnabled: bool('Whether AWS X-Ray tracing is on (tracingConfiguration.enabled).'),
  }, 'Step Functions state machine settings.'),
  example: {
    name: 'order-fulfilment',
    arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:order-fulfilment',
    type: 'STANDARD',
    status: 'ACTIVE',
    createdAt: '2025-06-01T09:00:00.000Z',
    roleArn: 'arn:aws:iam::123456789012:role/order-fulfilment-sfn',
    loggingLevel: 'ERROR',
    includeExecutionData: false,
    logGroupArns: ['arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/order-fulfilment:*'],
    tracingEnabled: true,
  },
});
