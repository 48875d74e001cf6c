/**
 * The generated FSBP pack: the recorded list read strictly (a malformed row
 * stops the build at its line), every row a control in order, cited controls
 * automated by exactly their citing policies, the rest MANUAL saying why and
 * how to check them meanwhile, and a citation of an unknown control refused.
 */
import { describe, expect, it } from 'vitest';
import { fsbpManualGuidance, fsbpPack, parseFsbpControls } from './aws-fsbp.js';

const HEAD = 'id\ttitle\tseverity\tresourceTypes\tconfigRule\tsource';
const row = (...fields: string[]) => fields.join('\t');
const TSV = [
  HEAD,
  row('Account.1', 'Security contact information should be provided for an AWS account', 'MEDIUM', 'AWS::::Account', 'security-account-information-provided', 'awsdocs-2023-03-19'),
  row('EC2.2', 'VPC default security groups should not allow inbound or outbound traffic', 'HIGH', 'AWS::EC2::SecurityGroup', 'vpc-default-security-group-closed', 'awsdocs-2023-03-19'),
  row('Lambda.1', 'Lambda function policies should prohibit public access', 'CRITICAL', 'AWS::Lambda::Function', 'lambda-function-public-access-prohibited', 'awsdocs-2023-03-19'),
  row('SSM.7', 'SSM documents should have the block public sharing setting enabled', 'CRITICAL', 'AWS::::Account', '-', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html'),
  '',
].join('\n');
const header = { id: 'aws-fsbp', title: 'AWS Foundational Security Best Practices', version: '1.0.0', source: 'AWS' };

describe('parseFsbpControls', () => {
  it('reads every row in order, with the service prefix as section and severity in Assay\'s words', () => {
    const controls = parseFsbpControls(TSV);
    expect(controls.map((c) => [c.id, c.section, c.severity, c.resourceTypes, c.configRule])).toEqual([
      ['Account.1', 'Account', 'medium', ['AWS::::Account'], 'security-account-information-provided'],
      ['EC2.2', 'EC2', 'high', ['AWS::EC2::SecurityGroup'], 'vpc-default-security-group-closed'],
      ['Lambda.1', 'Lambda', 'critical', ['AWS::Lambda::Function'], 'lambda-function-public-access-prohibited'],
      ['SSM.7', 'SSM', 'critical', ['AWS::::Account'], undefined],
    ]);
  });

  it.each([
    ['a wrong header', TSV.replace('configRule', 'rule'), /aws-fsbp.tsv:1: the header/],
    ['a short row', `${HEAD}\n${row('EC2.2', 'x', 'HIGH', 'AWS::EC2::VPC', '-')}\n`, /aws-fsbp.tsv:2: 5 fields, expected 6/],
    ['an id that is not Service.N', `${HEAD}\n${row('EC2-2', 'x', 'HIGH', 'AWS::EC2::VPC', '-', 's')}\n`, /aws-fsbp.tsv:2: control id "EC2-2"/],
    ['a repeated id', `${HEAD}\n${row('EC2.2', 'x', 'HIGH', 'AWS::EC2::VPC', '-', 's')}\n${row('EC2.2', 'y', 'LOW', 'AWS::EC2::VPC', '-', 's')}\n`, /aws-fsbp.tsv:3: control EC2.2 appears twice/],
    ['an unknown severity', `${HEAD}\n${row('EC2.2', 'x', 'SEVERE', 'AWS::EC2::VPC', '-', 's')}\n`, /aws-fsbp.tsv:2: severity "SEVERE"/],
    ['a resource type that is not AWS::…', `${HEAD}\n${row('EC2.2', 'x', 'HIGH', 'EC2 VPC', '-', 's')}\n`, /aws-fsbp.tsv:2: needs a title/],
  ])('stops at %s, naming the line', (_name, text, error) => {
    expect(() => parseFsbpControls(text)).toThrow(error);
  });
});

describe('fsbpPack', () => {
  const collected = new Set(['AWS::::Account', 'AWS::EC2::SecurityGroup']);
  const pack = fsbpPack({
    tsv: TSV, header, collected,
    citations: [
      { policy: 'aws-ec2-default-security-group-closed', controls: ['EC2.2'] },
      { policy: 'aws-iam-security-contact-registered', controls: ['Account.1'] },
      { policy: 'aws-a-second-check', controls: ['EC2.2'] },
    ],
  });

  it('turns every recorded control into a pack control, in the recorded order', () => {
    expect(pack.controls.map((c) => c.id)).toEqual(['Account.1', 'EC2.2', 'Lambda.1', 'SSM.7']);
    expect(pack.controls[1]).toMatchObject({ section: 'EC2', severity: 'high', resourceTypes: ['AWS::EC2::SecurityGroup'] });
  });

  it('automates a cited control with exactly the policies that cite it, in id order', () => {
    expect(pack.controls.map((c) => c.policies)).toEqual([['aws-iam-security-contact-registered'], ['aws-a-second-check', 'aws-ec2-default-security-group-closed'], undefined, undefined]);
    expect(pack.description).toContain('2 of the 4 are checked by Assay policies');
  });

  it('makes the rest MANUAL, saying why and how to check meanwhile', () => {
    const lambda = pack.controls[2]?.manual ?? '';
    expect(lambda).toMatch(/^Assay does not collect AWS::Lambda::Function yet\. /);
    expect(lambda).toContain('`lambda-function-public-access-prohibited`');
    expect(lambda).toContain('control Lambda.1');
    const ssm = pack.controls[3]?.manual ?? '';
    expect(ssm).toMatch(/^Assay collects AWS::::Account but has no policy for this check yet\. /);
    expect(ssm).toContain("read Security Hub's findings for control SSM.7");
    expect(ssm).not.toContain('Config rule');
  });

  it('refuses a citation of a control the recorded list does not have', () => {
    expect(() => fsbpPack({ tsv: TSV, header, collected, citations: [{ policy: 'aws-typo', controls: ['EC2.99'] }] }))
      .toThrow('aws-typo cites aws-fsbp control "EC2.99", which the recorded control list does not have');
  });

  it('gives the recorded reason for types Assay leaves out on purpose, and the generic one when any missing type has none', () => {
    const [classic] = parseFsbpControls(`${HEAD}\n${row('WAF.1', 'x', 'MEDIUM', 'AWS::WAF::WebACL', 'waf-classic-logging-enabled', 's')}\n`);
    const reasons = { 'AWS::WAF::WebACL': 'WAF Classic is retired, so Assay does not collect it' };
    expect(fsbpManualGuidance(classic!, collected, reasons)).toMatch(/^WAF Classic is retired, so Assay does not collect it\. Check it as AWS does/);
    const [mixed] = parseFsbpControls(`${HEAD}\n${row('WAF.9', 'x', 'MEDIUM', 'AWS::WAF::WebACL,AWS::Shield::Protection', 'r', 's')}\n`);
    expect(fsbpManualGuidance(mixed!, collected, reasons)).toMatch(/^Assay does not collect AWS::WAF::WebACL or AWS::Shield::Protection yet\./);
  });

  it('names every missing resource type of a control that spans several', () => {
    const [control] = parseFsbpControls(`${HEAD}\n${row('ELB.1', 'x', 'MEDIUM', 'AWS::ElasticLoadBalancingV2::LoadBalancer,AWS::EC2::SecurityGroup', 'r', 's')}\n`);
    expect(fsbpManualGuidance(control!, collected)).toMatch(/^Assay does not collect AWS::ElasticLoadBalancingV2::LoadBalancer yet\./);
  });
});

describe('fsbpPack reasons for controls not automated yet', () => {
  const collected = new Set(['AWS::::Account', 'AWS::EC2::SecurityGroup']);
  const citations = [{ policy: 'aws-ec2-default-security-group-closed', controls: ['EC2.2'] }];

  it('gives the recorded reason for a control on collected types', () => {
    const pack = fsbpPack({ tsv: TSV, header, collected, citations, notAutomated: { 'SSM.7': 'The setting is not read yet' } });
    expect(pack.controls.find((c) => c.id === 'SSM.7')?.manual).toMatch(/^The setting is not read yet\. Until it does, check it as AWS does/);
  });

  it('refuses a reason for a control a policy decides, or one the list does not have', () => {
    expect(() => fsbpPack({ tsv: TSV, header, collected, citations, notAutomated: { 'EC2.2': 'stale' } })).toThrow('control "EC2.2" is automated now; remove its reason');
    expect(() => fsbpPack({ tsv: TSV, header, collected, citations, notAutomated: { 'EC2.99': 'typo' } })).toThrow('control "EC2.99" is not in the recorded control list');
  });
});
