import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseDate, parseFlowHistory, type FlowHistory } from '../domain/flow-history';
import { UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` for a command that takes exactly one FILE (the dispatcher reports its complaints as usage errors). */
export function parseFileArguments<T extends Options>(args: string[], options: T) {
  const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) throw new UsageError('give the flow-history file to read, e.g. history.json');
  if (extra.length > 0) throw new UsageError(`one file at a time (also got ${extra.join(', ')})`);
  return { file, values: parsed.values };
}

/** A `YYYY-MM-DD` option value, checked; `undefined` when the option was not given. */
export function dateOption(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && parseDate(value) === null) throw new UsageError(`${flag} must be a date like 2026-01-31 (got "${value}")`);
  return value;
}

/** Reads a text file; a problem goes to stderr naming the file, and the result is `undefined` so the command can exit with status 1. */
export async function readTextFile(command: string, file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    console.error(`${command}: cannot read ${file}: ${reason}; check the path.`);
    return undefined;
  }
}

/** Reads a JSON file; every problem goes to stderr naming the file, and the result is `undefined` so the command can exit with status 1. */
export async function readJsonFile(command: string, file: string): Promise<{ json: unknown } | undefined> {
  const text = await readTextFile(command, file);
  if (text === undefined) return undefined;
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    console.error(`${command}: ${file} is not valid JSON (${(error as Error).message}); fix the syntax or export the file again.`);
    return undefined;
  }
}

/**
 * Reads and validates a flow-history file. Every problem goes to stderr, naming the file or the path
 * inside it, and the result is `null` so the command can exit with status 1.
 */
export async function readFlowHistoryFile(command: string, file: string): Promise<FlowHistory | null> {
  const read = await readJsonFile(command, file);
  if (!read) return null;
  const result = parseFlowHistory(read.json);
  if (result.ok) return result.history;
  const count = result.errorCount === 1 ? '1 problem' : `${result.errorCount} problems`;
  console.error(`${command}: ${file} is not a valid flow history (${count}):`);
  for (const error of result.errors) console.error(`  ${error.path || '(document)'}: ${error.message}`);
  if (result.errorCount > result.errors.length) console.error(`  … and ${result.errorCount - result.errors.length} more`);
  return null;
}
