import { defineResourceType } from '../define.js';
import { list, nullable, obj, oneOf, str } from '../fields.js';

export const ssmDocument = defineResourceType({
  type: 'aws.ssm.document',
  service: 'ssm',
  scope: 'regional',
  awsTypes: ['AWS::SSM::Document'],
  description: 'A Systems Manager document the account owns (never its content): its kind and the accounts it is shared with.',
  idDescription: 'the document name',
  data: obj({
    name: str('Document name (Name).'),
    documentType: str('Kind of document (DocumentType), e.g. Command, Automation, Session; kept as AWS answers it.'),
    documentFormat: nullable(oneOf(['JSON', 'YAML', 'TEXT'], 'Format of the content (DocumentFormat); null when AWS answers none.')),
    documentVersion: nullable(str('Document version ListDocuments reports (DocumentVersion); null when AWS answers none.')),
    sharedWithAccountIds: list(str('An account id, or "all" when the document is public.'), 'Accounts the document is shared with (DescribeDocumentPermission, PermissionType Share, AccountIds); "all" means every AWS account (public); empty when it is not shared.'),
  }, 'Systems Manager document settings.'),
  example: {
    name: 'Deploy-App',
    documentType: 'Command',
    documentFormat: 'YAML',
    documentVersion: '3',
    sharedWithAccountIds: ['210987654321'],
  },
});
