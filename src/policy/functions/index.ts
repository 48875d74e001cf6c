/** The built-in functions, in one explicit sorted index. */
import type { BuiltinFunction } from './define.js';
import { deniesInsecureTransport } from './denies-insecure-transport.js';
import { exposesPortsToInternet } from './exposes-ports-to-internet.js';

export const builtinFunctions: readonly BuiltinFunction[] = [deniesInsecureTransport, exposesPortsToInternet];

export const functionsByName: ReadonlyMap<string, BuiltinFunction> = new Map(builtinFunctions.map((f) => [f.name, f]));
