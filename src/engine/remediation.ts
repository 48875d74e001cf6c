/**
 * A FAIL's remediation, rendered when it is read rather than when the
 * finding is made. Rendered up front it was most of a large scan's memory
 * (about 1.3 KB a FAIL, strings no report may ever ask for) and a seventh
 * of evaluation time; kept as the policy and the resource (two references),
 * a report renders each finding's commands as it writes them and drops
 * them after. A reader sees the same fields as the findings document's
 * `remediation` (property reads and destructuring render them), and
 * JSON.stringify writes exactly the object rendering up front gave, key
 * order included, so saved documents do not change.
 */
import type { CompiledPolicy } from '../policy/compile.js';
import type { CompiledTemplate } from '../policy/template.js';
import type { Finding } from '../findings/schema.js';
import type { Resource } from '../resources/resource.js';

export type Remediation = NonNullable<Finding['remediation']>;
type Rollback = NonNullable<Remediation['rollback']>;

/**
 * Typed as it reads (`verify` and `rollback` undefined when the policy has
 * none); `remediationOf` hands it out as the document's type, whose
 * optional keys a plain object leaves out instead.
 */
export class RenderedOnRead {
  // Private fields, not properties: a reader iterating the remediation sees its fields only.
  readonly #policy: CompiledPolicy;
  readonly #resource: Resource;

  constructor(policy: CompiledPolicy, resource: Resource) {
    this.#policy = policy;
    this.#resource = resource;
  }

  get text(): string {
    return this.#policy.remediation.text.render(this.#resource, this.#policy.params);
  }

  get cli(): string[] {
    return this.#shell(this.#policy.remediation.cli);
  }

  get verify(): string[] | undefined {
    const verify = this.#policy.remediation.verify;
    return verify.length === 0 ? undefined : this.#shell(verify);
  }

  get rollback(): Rollback | undefined {
    const rollback = this.#policy.remediation.rollback;
    return rollback === undefined ? undefined : { text: rollback.text.render(this.#resource, this.#policy.params), cli: this.#shell(rollback.cli) };
  }

  /** The plain remediation, in the findings document's key order. */
  toJSON(): Remediation {
    const { text, cli, verify, rollback } = this;
    if (rollback === undefined) return verify === undefined ? { text, cli } : { text, cli, verify };
    return verify === undefined ? { text, cli, rollback } : { text, cli, verify, rollback };
  }

  #shell(commands: readonly CompiledTemplate[]): string[] {
    return commands.map((command) => command.render(this.#resource, this.#policy.params, 'shell'));
  }
}

/** A FAIL's remediation for `resource`, rendered on read. */
export function remediationOf(policy: CompiledPolicy, resource: Resource): Remediation {
  // Reading an absent optional key of a plain document gives undefined too: the difference is only in
  // how exactOptionalPropertyTypes spells the type.
  return new RenderedOnRead(policy, resource) as Remediation;
}
