#!/usr/bin/env node
/** The GitHub Action's process: the real streams, environment and exit code around runAction. */
import { runAction } from '../action/run.js';
import { nodeIo } from './io.js';

process.exitCode = await runAction(nodeIo());
