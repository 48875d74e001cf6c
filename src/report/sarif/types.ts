/**
 * The part of SARIF 2.1.0 this formatter writes, typed so the compiler
 * checks the shapes the schema and GitHub code scanning require. Not the
 * whole standard: only the objects and properties Assay emits.
 */

export type SarifLevel = 'error' | 'warning' | 'note';

/** GitHub's `properties.precision` values, from most to least trustworthy. */
export type SarifPrecision = 'very-high' | 'high' | 'medium' | 'low';

export interface SarifMessage {
  readonly text: string;
}

export interface SarifMultiformatMessage {
  readonly text: string;
  readonly markdown?: string;
}

export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: SarifMessage;
  readonly fullDescription: SarifMessage;
  readonly help: SarifMultiformatMessage;
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: SarifLevel };
  readonly properties: {
    readonly tags: readonly string[];
    readonly precision: SarifPrecision;
    readonly 'security-severity': string;
    readonly severity: string;
    readonly resourceType: string;
    readonly frameworks: Readonly<Record<string, readonly string[]>>;
  };
}

export interface SarifLocation {
  readonly physicalLocation: {
    readonly artifactLocation: { readonly uri: string };
    readonly region: { readonly startLine: number };
  };
  readonly logicalLocations: readonly {
    readonly name: string;
    readonly fullyQualifiedName: string;
    readonly kind: 'resource';
  }[];
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: SarifMessage;
  readonly locations: readonly [SarifLocation];
  readonly partialFingerprints: { readonly primaryLocationLineHash: string };
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface SarifNotification {
  readonly level: SarifLevel;
  readonly message: SarifMessage;
  readonly descriptor: { readonly id: string };
}

export interface SarifRun {
  readonly tool: {
    readonly driver: {
      readonly name: string;
      readonly version: string;
      readonly semanticVersion?: string;
      readonly informationUri: string;
      readonly rules: readonly SarifRule[];
    };
  };
  readonly automationDetails: { readonly id: string; readonly description: SarifMessage };
  readonly invocations: readonly [{
    readonly executionSuccessful: boolean;
    readonly toolExecutionNotifications?: readonly SarifNotification[];
  }];
  readonly results: readonly SarifResult[];
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly SarifRun[];
}
