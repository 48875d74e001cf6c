import { describe, expect, it } from 'vitest';
import { reportFormats } from './formats.js';
import { loadFormatter } from './index.js';

describe('the report formats', () => {
  it('each load the formatter that writes them, described the same way', async () => {
    expect(reportFormats.map((f) => f.id)).toEqual(['table', 'json', 'sarif', 'junit', 'csv', 'markdown', 'html']);
    for (const format of reportFormats) {
      const formatter = await loadFormatter(format.id);
      expect(formatter, format.id).toMatchObject({ id: format.id, description: format.description, extension: format.extension });
    }
  });

  it('name no formatter for an unknown id, including names every object has', async () => {
    expect(await loadFormatter('xml')).toBeUndefined();
    expect(await loadFormatter('constructor')).toBeUndefined();
  });
});
