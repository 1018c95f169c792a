/**
 * Runs the shell commands given as arguments at the same time and fails when any of them fails:
 * `npm test` type checks and lints this way, because each check is one single-threaded process and
 * one after the other they would leave a core idle. Each command's output is printed in one piece when
 * it ends, so that the outputs do not interleave.
 */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

function run(command) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const outcome = code === 0 ? 'passed' : `failed (${signal ?? `exit code ${code}`})`;
      process.stdout.write(`\n> ${command}: ${outcome} in ${seconds} s\n${Buffer.concat(output).toString()}`);
      resolve(code === 0);
    });
  });
}

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node bin/side-by-side.mjs "<command>" "<command>" …');
  process.exit(2);
}
const passed = await Promise.all(commands.map(run));
process.exitCode = passed.every(Boolean) ? 0 : 1;
