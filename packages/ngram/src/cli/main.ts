#!/usr/bin/env node
import { runTrainCommand, USAGE, UsageError } from './train-command.js';

// The `logprob-ngram` command. Only `train` exists for now.
const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === '-h' || command === '--help' || rest.includes('--help') || rest.includes('-h')) {
  console.log(USAGE);
} else if (command !== 'train') {
  console.error(`logprob-ngram: unknown command '${command}'\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  try {
    const started = performance.now();
    const { report, files, out } = await runTrainCommand(rest);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `logprob-ngram: trained a ${report.order}-gram model on ${files.length} files (${report.trainingTokens} tokens, ` +
        `vocabulary ${report.vocabularySize}) in ${seconds} s -> ${out} (${report.bytes} bytes)`,
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`logprob-ngram: ${error.message}\n\nRun 'logprob-ngram --help' for usage.`);
    process.exitCode = 2;
  }
}
