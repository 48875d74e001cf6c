/** allowsFullAdministrator as policies call it. */
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../resources/validate-data.js';
import { allowsFullAdministrator } from './allows-full-administrator.js';

const test = allowsFullAdministrator.compile({});

describe('allowsFullAdministrator', () => {
  it('is true for Allow * on * and names the statement', () => {
    const document = { Version: '2012-10-17', Statement: [{ Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' }] };
    expect(test(document)).toEqual({ result: true, actual: [{ statement: 'Admin', actions: '*', resources: '*' }] });
  });

  it('is false with an empty list for a scoped policy', () => {
    const document = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } };
    expect(test(document)).toEqual({ result: false, actual: [] });
  });

  it('is false for a value that is not a document', () => {
    expect(test(null)).toEqual({ result: false, actual: null });
  });

  it('takes no options', () => {
    const validate = createAjv().compile(allowsFullAdministrator.options);
    expect(validate({})).toBe(true);
    expect(validate({ strict: true })).toBe(false);
  });
});
