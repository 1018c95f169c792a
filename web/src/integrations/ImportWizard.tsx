import { Link } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { http } from '../api/http';
import { keys } from '../api/queries';
import type { ImportJob, ImportReport, ImportResult } from '../api/types';
import { FormError } from '../setup/FieldErrors';
import { boardLink } from '../shell/paths';
import { CSV_FIELD_CHOICES, csvHeader, guessFields } from './csv-header';

const FORMATS = [
  { value: 'trello', label: 'A Trello board (Menu → Print, export and share → Export as JSON)', text: false },
  { value: 'jira', label: 'Jira issues as JSON (the REST search with expand=changelog)', text: false },
  { value: 'jira-csv', label: 'Jira issues as CSV (Export → Export Excel CSV, all fields)', text: true },
  { value: 'csv', label: 'Any spreadsheet saved as CSV, with a row of column names', text: true },
] as const;

type Source = { format: string; content: unknown; fileName: string; header: string[] };
type Mapping = { columns?: Record<string, string>; fields?: Record<string, string> };
type Reported = Extract<ImportResult, { report: ImportReport }>;
type Step =
  | { kind: 'choose' }
  | { kind: 'fields'; source: Source; fields: Record<string, string> }
  | { kind: 'review'; source: Source; report: ImportReport; mapping: Mapping }
  | { kind: 'done'; result: Extract<Reported, { dryRun: false }> }
  | { kind: 'job'; job: ImportJob };

const KIND_WORDS = { queue: 'waiting', active: 'in progress', done: 'done' } as const;
const count = (n: number) => n.toLocaleString();

/** The answer to an import: a report (dry run or a board), or a large import's job (202). */
type Answer = Reported | ImportJob;
const isJob = (answer: Answer): answer is ImportJob => 'state' in answer;

/**
 * Choose a file, name a spreadsheet's columns, read what it would become (columns, people, warnings),
 * rename or merge its columns, then import it as a new board; a large file's progress is followed here.
 */
export function ImportWizard({ portfolioId }: { portfolioId: string }) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [fileError, setFileError] = useState<string | null>(null);
  const send = (source: Source, mapping: Mapping, dryRun: boolean) => http.post<Answer>(`/portfolios/${portfolioId}/imports`, { format: source.format, content: source.content, mapping, dryRun });
  const review = (source: Source, mapping: Mapping) => (answer: Answer) => {
    if (!isJob(answer)) setStep({ kind: 'review', source, report: answer.report, mapping });
  };
  const check = useMutation({
    mutationFn: ({ source, mapping }: { source: Source; mapping: Mapping }) => send(source, mapping, true),
    onSuccess: (answer, { source, mapping }) => {
      if (isJob(answer)) return;
      // Every status to the column it would become, so that each can be renamed.
      const columns = Object.fromEntries(answer.report.columns.flatMap((column) => column.from.map((name) => [name, column.name])));
      setStep({ kind: 'review', source, report: answer.report, mapping: { ...mapping, columns } });
    },
  });
  const preview = useMutation({ mutationFn: ({ source, mapping }: { source: Source; mapping: Mapping }) => send(source, mapping, true), onSuccess: (answer, { source, mapping }) => review(source, mapping)(answer) });
  const run = useMutation({
    mutationFn: ({ source, mapping }: { source: Source; mapping: Mapping }) => send(source, mapping, false),
    onSuccess: (answer) => {
      if (isJob(answer)) setStep({ kind: 'job', job: answer });
      else if (!answer.dryRun) setStep({ kind: 'done', result: answer });
      void queryClient.invalidateQueries({ queryKey: keys.portfolio(portfolioId) });
    },
  });

  const choose = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFileError(null);
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    const format = FORMATS.find((candidate) => candidate.value === form.get('format')) ?? FORMATS[0];
    if (!(file instanceof File) || file.size === 0) return setFileError('Choose the exported file first.');
    const text = await file.text();
    if (format.text) {
      const header = csvHeader(text);
      if (header.length === 0) return setFileError(`${file.name} has no row of column names on its first line.`);
      const source = { format: format.value, content: text, fileName: file.name, header };
      if (format.value === 'csv') setStep({ kind: 'fields', source, fields: guessFields(header) });
      else check.mutate({ source, mapping: {} });
      return;
    }
    try {
      check.mutate({ source: { format: format.value, content: JSON.parse(text), fileName: file.name, header: [] }, mapping: {} });
    } catch (error) {
      setFileError(`${file.name} is not JSON (${(error as Error).message}). Export it again as JSON.`);
    }
  };
  const startAgain = () => setStep({ kind: 'choose' });

  if (step.kind === 'job') return <ImportProgress initial={step.job} onAgain={startAgain} />;
  if (step.kind === 'done') {
    const { board, report } = step.result;
    return (
      <div className="stack" role="status">
        <p>
          Imported {count(report.items)} items into the new board <Link {...boardLink(board.id)}>{board.name}</Link>, with their history: its flow metrics start from the first day.
        </p>
        <button type="button" onClick={startAgain}>
          Import another file
        </button>
      </div>
    );
  }
  if (step.kind === 'fields') {
    const { source, fields } = step;
    const pick = (field: string, column: string) => {
      const next = { ...fields };
      if (column) next[field] = column;
      else delete next[field];
      setStep({ ...step, fields: next });
    };
    return (
      <form className="settings-form" aria-label="Columns of the spreadsheet" onSubmit={(event) => (event.preventDefault(), check.mutate({ source, mapping: { fields } }))}>
        <h3 className="wide">Which column of {source.fileName} holds what</h3>
        <p className="wide hint">Its columns: {source.header.join(', ')}. Only the title is needed; leave the others out if the file has no such column.</p>
        {CSV_FIELD_CHOICES.map((choice) => (
          <label key={choice.field}>
            {choice.label}
            {choice.field === 'title' ? ' (needed)' : ''}
            <select value={fields[choice.field] ?? ''} onChange={(event) => pick(choice.field, event.target.value)} required={choice.field === 'title'}>
              <option value="">{choice.field === 'title' ? 'Choose a column' : 'Not in the file'}</option>
              {source.header.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
        <FormError error={check.error} />
        <div className="actions wide">
          <button type="submit" className="primary" disabled={check.isPending}>
            {check.isPending ? 'Reading the file…' : 'Check the file'}
          </button>
          <button type="button" className="ghost" onClick={startAgain}>
            Choose another file
          </button>
        </div>
      </form>
    );
  }
  if (step.kind === 'review') {
    const { source, report, mapping } = step;
    const columns = mapping.columns ?? {};
    const rename = (status: string, column: string) => setStep({ ...step, mapping: { ...mapping, columns: { ...columns, [status]: column } } });
    return (
      <div className="stack">
        <h3>What {source.fileName} would become</h3>
        <p>
          {count(report.items)} items in {report.columns.length} columns.
        </p>
        <table>
          <caption>Columns: rename one, or give several the same name to merge them</caption>
          <thead>
            <tr>
              <th scope="col">In the file</th>
              <th scope="col">Column on the new board</th>
            </tr>
          </thead>
          <tbody>
            {report.columns.flatMap((column) =>
              column.from.map((status) => (
                <tr key={status}>
                  <td>{status}</td>
                  <td>
                    <input aria-label={`Column for ${status}`} value={columns[status] ?? ''} onChange={(e) => rename(status, e.target.value)} />{' '}
                    <span className="hint">{KIND_WORDS[column.kind]}</span>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
        {report.unmappedStatuses.length > 0 && <p>Each gets a column of its own: {report.unmappedStatuses.join(', ')}.</p>}
        {report.people.length > 0 && (
          <>
            <h4>People</h4>
            <ul>
              {report.people.map((person) => (
                <li key={person.source}>
                  {person.source}: {person.name ? `matched to ${person.name}` : 'not a member of this portfolio (named in the text of their comments)'}
                </li>
              ))}
            </ul>
          </>
        )}
        {report.warnings.length > 0 && (
          <>
            <h4>Worth knowing</h4>
            <ul>
              {report.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </>
        )}
        <FormError error={run.error ?? preview.error} />
        <div className="actions">
          <button type="button" onClick={() => preview.mutate({ source, mapping })} disabled={preview.isPending}>
            Check the columns again
          </button>
          <button type="button" className="primary" onClick={() => run.mutate({ source, mapping })} disabled={run.isPending}>
            {run.isPending ? 'Importing…' : `Import ${count(report.items)} items`}
          </button>
          {mapping.fields && (
            <button type="button" onClick={() => setStep({ kind: 'fields', source, fields: mapping.fields! })}>
              Change which column holds what
            </button>
          )}
          <button type="button" className="ghost" onClick={startAgain}>
            Choose another file
          </button>
        </div>
      </div>
    );
  }
  return (
    <form className="settings-form" onSubmit={choose} aria-label="Import a board">
      <label className="wide">
        What the file is
        <select name="format" defaultValue="trello">
          {FORMATS.map((format) => (
            <option key={format.value} value={format.value}>
              {format.label}
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        File
        <input name="file" type="file" accept="application/json,.json,text/csv,.csv" />
      </label>
      {fileError && (
        <p className="form-error" role="alert">
          {fileError}
        </p>
      )}
      <FormError error={check.error} />
      <div className="actions wide">
        <button type="submit" className="primary" disabled={check.isPending}>
          {check.isPending ? 'Reading the file…' : 'Check the file'}
        </button>
      </div>
    </form>
  );
}

/** A large import's job, asked for every second until it has succeeded (with a link to its board) or failed (with why). */
function ImportProgress({ initial, onAgain }: { initial: ImportJob; onAgain: () => void }) {
  const queryClient = useQueryClient();
  const { data: job = initial } = useQuery({
    queryKey: keys.importJob(initial.id),
    queryFn: () => http.get<ImportJob>(`/imports/${initial.id}`),
    initialData: initial,
    refetchInterval: (query) => (query.state.data && ['succeeded', 'failed'].includes(query.state.data.state) ? false : 1000),
  });
  const ended = job.state === 'succeeded' || job.state === 'failed';
  useEffect(() => {
    if (ended) void queryClient.invalidateQueries({ queryKey: ['portfolio'] });
  }, [ended, queryClient]);
  return (
    <div className="stack" role="status">
      {job.state === 'succeeded' && job.boardId ? (
        <p>
          Imported {count(job.total)} items into <Link {...boardLink(job.boardId)}>the new board</Link>, with their history: its flow metrics start from the first day.
        </p>
      ) : job.state === 'failed' ? (
        <>
          <p>Nothing was imported: the file could not be taken as a whole.</p>
          <ul>
            {(job.errors ?? []).map((error) => (
              <li key={`${error.field}: ${error.message}`}>{error.message === error.field ? error.message : `${error.field}: ${error.message}`}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>
            Importing {count(job.total)} items: {count(job.processed)} through so far. The new board appears whole when they all are; you can leave this page meanwhile.
          </p>
          <progress aria-label="Import progress" value={job.processed} max={job.total} />
        </>
      )}
      {ended && (
        <button type="button" onClick={onAgain}>
          Import another file
        </button>
      )}
    </div>
  );
}
