import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Measure } from './measure';
import type { Plan } from './plan';

const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));

const HEADER = `# Benchmark results

\`npm run bench\` appends one section per run (\`-- --quick\` for short runs, \`-- --postgres\` to add
PostgreSQL, \`-- --profile\` for CPU profiles of the server). Every run seeds fresh databases, starts
the real server (\`portfolio-kanban serve\`, \`LOG_LEVEL=warn\`) and a bare Fastify baseline server
(same Node, same loader, same log level) as separate processes, and drives both over HTTP from the
benchmark's own process, authenticated as a project manager with an API token: autocannon for board
loads (one connection) and moves (50 connections), fetch for requests timed one by one (board loads
right after a change, flow metrics). Each measure is compared with its baseline from the same run —
the same bytes answered from memory, or a POST that parses a small body — so that ratios hold on a
noisy machine. Targets: issue 7.
`;

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'} (${cpu.length} cores), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${process.platform} ${release()}, Node ${process.version}`;
}

const cell = (value: number | null, unit = '') => (value === null || Number.isNaN(value) ? '—' : `${value}${unit ? ` ${unit}` : ''}`);

/** Other work on the machine during a run: the one-minute load average, read at its start and end. */
export type MachineLoad = { atStart: number; atEnd: number };

export function appendResults(measures: readonly Measure[], plan: Plan, databases: readonly string[], startedAt: Date, load: MachineLoad): void {
  if (!existsSync(RESULTS)) writeFileSync(RESULTS, HEADER);
  const met = measures.filter((m) => m.pass).length;
  const rows = measures.map((m) => `| ${m.name} | ${cell(m.value, m.unit)} | ${cell(m.baseline, m.unit)} | ${cell(m.ratio)} | ${m.target} | ${m.pass ? 'pass' : '**FAIL**'} |`);
  appendFileSync(
    RESULTS,
    [
      '',
      `## ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${plan.name} run · ${databases.join(', ')}`,
      '',
      `Machine: ${machine()}; load average ${load.atStart.toFixed(1)} at the start, ${load.atEnd.toFixed(1)} at the end. Runs of ${plan.loadSeconds} s (board loads) and ${plan.moveSeconds} s (moves) after ${plan.warmupSeconds} s of warm-up each, ${plan.samples} timed samples, realtime for ${plan.realtimeSeconds} s. ${met} of ${measures.length} targets met.`,
      '',
      '| measure | value | baseline | ratio | target | result |',
      '| --- | ---: | ---: | ---: | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
}
