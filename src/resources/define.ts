import type { Static, TObject } from '@sinclair/typebox';

/** Global types (IAM, the account) carry this region; regional ones a real region name. */
export const GLOBAL_REGION = 'global';

export type ResourceScope = 'global' | 'regional';

/**
 * One resource type of the catalog: its name, where it lives, and the schema
 * of its normalized `data`, from which both the TypeScript type and the JSON
 * Schema come.
 */
export interface ResourceTypeDefinition<S extends TObject = TObject, N extends string = string> {
  /** Catalog name, `aws.<service>.<kind>`; `aws.account` and `aws.region` hang account- and region-wide settings. */
  readonly type: N;
  /** IAM service prefix of the APIs that describe it (s3, iam, ec2 …). */
  readonly service: string;
  readonly scope: ResourceScope;
  /**
   * The AWS resource types whose settings this type holds, as CloudFormation,
   * AWS Config and Security Hub spell them (`AWS::EC2::VPC`; `AWS::::Account`
   * for account-wide settings). Framework packs use it to say whether Assay
   * collects what a control judges.
   */
  readonly awsTypes: readonly string[];
  /** One line: what a resource of this type is. */
  readonly description: string;
  /** What the resource `id` holds for this type, e.g. "the bucket name". */
  readonly idDescription: string;
  readonly data: S;
  /**
   * A complete, valid and compliant `data` value. Builders start from it so
   * tests and the demo account state only what they care about.
   */
  readonly example: Static<S>;
}

/** Identity function that keeps `example` checked against the schema's static type, and the type's name as a literal (CatalogData's key). */
export function defineResourceType<S extends TObject, const N extends string>(definition: ResourceTypeDefinition<S, N>): ResourceTypeDefinition<S, N> {
  return definition;
}
