import { useLeanHeap } from './lean-heap';
import { UsageError } from './usage-error';

type Command = {
  summary: string;
  usage: string;
  run: (args: string[]) => Promise<number>;
};

const commands: Record<string, Command> = {
  serve: {
    summary: 'run the web server (what `npm start` runs)',
    usage: 'serve',
    run: async () => {
      // Before the server's modules load: they are what grows the young generation at start.
      useLeanHeap();
      return (await import('./commands/serve')).serve();
    },
  },
  migrate: {
    summary: 'apply database migrations (serve also does this at start)',
    usage: 'migrate',
    run: async () => (await import('./commands/migrate')).migrate(),
  },
  import: {
    summary: 'import a flow-history file, a Trello board export, Jira issues (JSON or CSV) or any CSV as a new board',
    usage: 'import FILE [--format flow-history|trello|jira|jira-csv|csv] [--map "Status=Column"]… [--field title=Column]… [--dry-run] [--portfolio ID] [--as EMAIL]',
    run: async (args) => (await import('./commands/flow-transfer')).importCommand(args),
  },
  export: {
    summary: "print a board's flow history (portfolio-kanban/flow-history@1)",
    usage: 'export BOARD [--out FILE]',
    run: async (args) => (await import('./commands/flow-transfer')).exportCommand(args),
  },
  backup: {
    summary: 'copy the whole database to FILE, for SQLite or PostgreSQL (sign-in sessions left out)',
    usage: 'backup FILE [--force]',
    run: async (args) => (await import('./commands/backup')).backup(args),
  },
  restore: {
    summary: 'load a backup into an empty database, all or nothing (--force: replace all data)',
    usage: 'restore FILE [--force]',
    run: async (args) => (await import('./commands/restore')).restore(args),
  },
  user: {
    summary: 'create a user; prints a generated password when none is given',
    usage: 'user add --email E --name N [--password P] [--admin]',
    run: async (args) => (await import('./commands/user')).user(args),
  },
  metrics: {
    summary: 'flow metrics of a flow-history file: tables and charts, or --json',
    usage: 'metrics FILE [--from D] [--to D] [--today D] [--json]',
    run: async (args) => (await import('./commands/metrics')).metrics(args),
  },
  forecast: {
    summary: 'Monte Carlo forecast from a flow-history file (default: all unfinished items)',
    usage: 'forecast FILE (--items N | --until D) [--trials T] [--seed S] [--window-days W] [--json]',
    run: async (args) => (await import('./commands/forecast')).forecast(args),
  },
};

function help(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(64)} ${c.summary}`);
  return ['Usage: portfolio-kanban <command> [options]', '', 'Commands:', ...lines, ''].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    const parseArgsMistake = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseArgsMistake) {
      console.error(`${name}: ${(error as Error).message}\nUsage: portfolio-kanban ${command.usage}`);
      return 2;
    }
    throw error;
  }
}
