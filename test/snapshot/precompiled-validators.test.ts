/**
 * The snapshot's validators as the build generated them (ajv standalone code,
 * src/resources/generated/validators.ts): there for every piece and type,
 * refused for a schema that changed, and as exact as the compiled schema.
 */
import { describe, expect, it } from 'vitest';
import { snapshotPieceSchemas } from '../../src/snapshot/validate.js';
import { resourceTypes } from '../../src/resources/catalog.js';
import { buildResource } from '../../src/resources/build.js';
import { dataValidatorName, precompiledDataValidator, precompiledValidator } from '../../src/resources/precompiled.js';
import { createAjv, dataValidator } from '../../src/resources/validate-data.js';

describe('the build\'s standalone validators', () => {
  it('exist for every snapshot piece and resource type, made from the schemas in the code now', () => {
    for (const [name, schema] of Object.entries(snapshotPieceSchemas)) expect(precompiledValidator(name, schema), name).toBeTypeOf('function');
    for (const definition of resourceTypes) expect(precompiledValidator(dataValidatorName(definition.type), definition.data), definition.type).toBeTypeOf('function');
  });

  it('are not used for a schema that changed since they were generated: the schema is compiled instead', () => {
    const changed = { ...snapshotPieceSchemas.snapshot_error, required: ['service'] };
    expect(precompiledValidator('snapshot_error', changed)).toBeUndefined();
    expect(precompiledValidator('no_such_validator', {})).toBeUndefined();
  });

  it('find the same errors, with the same detail, as the schema compiled at run time', () => {
    const definition = resourceTypes.find((d) => d.type === 'aws.s3.bucket');
    if (definition === undefined) throw new Error('no bucket type');
    const data = { ...buildResource(definition, { id: 'b', account: '123456789012', region: 'us-east-1' }).data, versioning: { status: 7 }, unknownField: true };
    const generated = precompiledDataValidator(definition);
    const compiled = createAjv().compile(definition.data);
    expect(generated).not.toBe(dataValidator(definition));
    expect(generated(data)).toBe(false);
    expect(compiled(data)).toBe(false);
    const strip = (errors: unknown): unknown => JSON.parse(JSON.stringify(errors));
    expect(strip(generated.errors)).toEqual(strip(compiled.errors));
    expect(generated.errors?.length).toBeGreaterThan(1);
  });
});
