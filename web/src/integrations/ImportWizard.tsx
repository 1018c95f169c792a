import { Link } from '@tanstack/react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { http } from '../api/http';
import { keys } from '../api/queries';
import type { ImportReport, ImportResult } from '../api/types';
import { FormError } from '../setup/FieldErrors';
import { boardLink } from '../shell/paths';

const FORMATS = [
  { value: 'trello', label: 'A Trello board (Menu → Print, export and share → Export as JSON)' },
  { value: 'jira', label: 'Jira issues as JSON (the REST search with expand=changelog)' },
] as const;

type Source = { format: string; content: unknown; fileName: string };
type Reported = Extract<ImportResult, { report: ImportReport }>;
type Step = { kind: 'choose' } | { kind: 'review'; source: Source; report: ImportReport; mapping: Record<string, string> } | { kind: 'done'; result: Extract<Reported, { dryRun: false }> };

const KIND_WORDS = { queue: 'waiting', active: 'in progress', done: 'done' } as const;

/** Choose a file, read what it would become (columns, people, warnings), rename or merge its columns, then import it as a new board. */
export function ImportWizard({ portfolioId }: { portfolioId: string }) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [fileError, setFileError] = useState<string | null>(null);
  const send = (source: Source, mapping: Record<string, string> | undefined, dryRun: boolean) =>
    http.post<Reported>(`/portfolios/${portfolioId}/imports`, { format: source.format, content: source.content, ...(mapping ? { mapping: { columns: mapping } } : {}), dryRun });
  const check = useMutation({
    mutationFn: (source: Source) => send(source, undefined, true),
    onSuccess: (result, source) => setStep({ kind: 'review', source, report: result.report, mapping: Object.fromEntries(result.report.columns.flatMap((column) => column.from.map((name) => [name, column.name]))) }),
  });
  const run = useMutation({
    mutationFn: ({ source, mapping }: { source: Source; mapping: Record<string, string> }) => send(source, mapping, false),
    onSuccess: (result) => {
      if (!result.dryRun) setStep({ kind: 'done', result });
      void queryClient.invalidateQueries({ queryKey: keys.portfolio(portfolioId) });
    },
  });
  const preview = useMutation({
    mutationFn: ({ source, mapping }: { source: Source; mapping: Record<string, string> }) => send(source, mapping, true),
    onSuccess: (result, { source, mapping }) => setStep({ kind: 'review', source, report: result.report, mapping }),
  });

  const choose = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFileError(null);
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return setFileError('Choose the exported file first.');
    try {
      check.mutate({ format: String(form.get('format')), content: JSON.parse(await file.text()), fileName: file.name });
    } catch (error) {
      setFileError(`${file.name} is not JSON (${(error as Error).message}). Export it again as JSON.`);
    }
  };

  if (step.kind === 'done') {
    const { board, report } = step.result;
    return (
      <div className="stack" role="status">
        <p>
          Imported {report.items} items into the new board <Link {...boardLink(board.id)}>{board.name}</Link>, with their history: its flow metrics start from the first day.
        </p>
        <button type="button" onClick={() => setStep({ kind: 'choose' })}>
          Import another file
        </button>
      </div>
    );
  }
  if (step.kind === 'review') {
    const { source, report, mapping } = step;
    const rename = (status: string, column: string) => setStep({ ...step, mapping: { ...mapping, [status]: column } });
    return (
      <div className="stack">
        <h3>What {source.fileName} would become</h3>
        <p>
          {report.items} items in {report.columns.length} columns.
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
                    <input aria-label={`Column for ${status}`} value={mapping[status] ?? ''} onChange={(e) => rename(status, e.target.value)} />{' '}
                    <span className="hint">{KIND_WORDS[column.kind]}</span>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
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
            {run.isPending ? 'Importing…' : `Import ${report.items} items`}
          </button>
          <button type="button" className="ghost" onClick={() => setStep({ kind: 'choose' })}>
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
        <input name="file" type="file" accept="application/json,.json" />
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
