import { Link } from '@tanstack/react-router';
import { COLUMN_KIND_WORDS } from '../board/columns';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { answer, api, isProblem } from '../api/http';
import { keys } from '../api/queries';
import type { ImportJob, ImportReport, ImportResult } from '../api/types';
import { BusyButton, FormError, SubmitButton } from '../setup/FieldErrors';
import { boardLink } from '../shell/paths';
import { csvHeader } from '../../../src/domain/importers/csv-header';
import { CSV_FIELD_CHOICES, guessFields } from './csv-fields';
import { FORMATS, formatMismatch, whereInFile, type Format } from './import-file';

type Source = { format: Format['value']; content: unknown; fileName: string; header: string[] };
type Mapping = { columns?: Record<string, string>; fields?: Record<string, string> };
type Reported = Extract<ImportResult, { report: ImportReport }>;
type Step =
  | { kind: 'choose' }
  | { kind: 'fields'; source: Source; fields: Record<string, string>; renamed?: Record<string, string> }
  | { kind: 'review'; source: Source; report: ImportReport; mapping: Mapping }
  | { kind: 'done'; result: Extract<Reported, { dryRun: false }> }
  | { kind: 'job'; jobId: string; job?: ImportJob };

const count = (n: number) => n.toLocaleString();

/** The answer to an import: a report (dry run or a board), or a large import's job (202). */
type Answer = Reported | ImportJob;
const isJob = (answer: Answer): answer is ImportJob => 'state' in answer;

/**
 * A large import runs on after the page is left or reloaded: the job being followed is kept in the
 * browser, per portfolio, until its board is opened or another file chosen, so that coming back shows
 * its progress, or how it ended, again.
 */
const followedJob = {
  key: (portfolioId: string) => `portfolio-kanban.import-job.${portfolioId}`,
  read: (portfolioId: string) => localStorage.getItem(followedJob.key(portfolioId)),
  keep: (portfolioId: string, jobId: string) => localStorage.setItem(followedJob.key(portfolioId), jobId),
  forget: (portfolioId: string) => localStorage.removeItem(followedJob.key(portfolioId)),
};

/** A step's heading, which takes the focus when the step opens, so that a keyboard or screen reader goes on from there. */
function StepHeading({ children, focus = true }: { children: ReactNode; focus?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <h3 ref={heading} tabIndex={-1}>
      {children}
    </h3>
  );
}

/** A refused import, in the reader's words: where in the file, and that nothing changed. */
function ImportError({ error, fileName }: { error: unknown; fileName: string }) {
  return <FormError error={error} describe={whereInFile} lead={`${fileName} could not be imported; nothing was changed.`} />;
}

/** A column name left empty is refused before it is sent, on the field itself. */
const needsName = (message: string) => ({
  onInvalid: (event: FormEvent<HTMLInputElement | HTMLSelectElement>) => event.currentTarget.setCustomValidity(event.currentTarget.value ? '' : message),
  onInput: (event: FormEvent<HTMLInputElement | HTMLSelectElement>) => event.currentTarget.setCustomValidity(''),
});

/**
 * Choose a file, name a spreadsheet's columns, read what it would become (columns, people, warnings),
 * rename or merge its columns, then import it as a new board; a large file's progress is followed here.
 */
export function ImportWizard({ portfolioId }: { portfolioId: string }) {
  const queryClient = useQueryClient();
  const [step, setStepNow] = useState<Step>(() => {
    const jobId = followedJob.read(portfolioId);
    return jobId ? { kind: 'job', jobId } : { kind: 'choose' };
  });
  // Whether the reader has gone from one step to another: the page's first step does not take the focus.
  const [moved, setMoved] = useState(false);
  const setStep = (next: Step) => {
    setMoved(true);
    setStepNow(next);
  };
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileName, setFileName] = useState('The file');
  // The kind of file last chosen: choosing another file starts from it, as a reader importing several of one kind expects.
  const [formatChosen, setFormatChosen] = useState<Format['value']>('trello');
  // The new board's name: empty leaves it to the file (a Trello board's name, else the format's).
  const [boardName, setBoardName] = useState('');
  const reviewForm = useRef<HTMLFormElement>(null);
  const send = (source: Source, mapping: Mapping, dryRun: boolean) =>
    answer(api.POST('/api/v1/portfolios/{id}/imports', { params: { path: { id: portfolioId } }, body: { format: source.format, content: source.content, mapping, dryRun, ...(boardName.trim() ? { name: boardName.trim() } : {}) } }));
  // A check's answer leads to the review only through the call's own callback: choosing another file
  // resets the mutations, which drops the callbacks of a check still under way, so its late answer
  // cannot take the reader back to the file they left.
  const check = useMutation({ mutationFn: ({ source, mapping }: { source: Source; mapping: Mapping }) => send(source, mapping, true) });
  const preview = useMutation({ mutationFn: ({ source, mapping }: { source: Source; mapping: Mapping }) => send(source, mapping, true) });
  /** `renamed`: the columns named in an earlier review of the same file, which stay for the statuses the file still has. */
  const checkFile = (source: Source, mapping: Mapping, renamed: Record<string, string> = {}) =>
    check.mutate(
      { source, mapping },
      {
        onSuccess: (answer) => {
          if (isJob(answer)) return;
          // Every status to the column it would become, so that each can be renamed.
          const columns = Object.fromEntries(answer.report.columns.flatMap((column) => column.from.map((name) => [name, renamed[name] ?? column.name])));
          setStep({ kind: 'review', source, report: answer.report, mapping: { ...mapping, columns } });
        },
      },
    );
  const checkColumns = (source: Source, mapping: Mapping) =>
    preview.mutate(
      { source, mapping },
      {
        // The names typed while the check was under way stay: only the report is the answer's.
        onSuccess: (answer) => {
          if (!isJob(answer)) setStepNow((current) => (current.kind === 'review' && current.source === source ? { ...current, report: answer.report } : current));
        },
      },
    );
  const run = useMutation({
    mutationFn: ({ source, mapping }: { source: Source; mapping: Mapping }) => send(source, mapping, false),
    onSuccess: (answer) => {
      if (isJob(answer)) {
        followedJob.keep(portfolioId, answer.id);
        setStep({ kind: 'job', jobId: answer.id, job: answer });
      } else if (!answer.dryRun) setStep({ kind: 'done', result: answer });
      void queryClient.invalidateQueries({ queryKey: keys.portfolio(portfolioId) });
    },
  });
  const startAgain = () => {
    followedJob.forget(portfolioId);
    for (const mutation of [check, preview, run]) mutation.reset();
    setFileError(null);
    setStep({ kind: 'choose' });
  };

  const choose = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFileError(null);
    check.reset();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    const format = FORMATS.find((candidate) => candidate.value === form.get('format')) ?? FORMATS[0];
    setFormatChosen(format.value);
    if (!(file instanceof File) || file.name === '') return setFileError('Choose the exported file first.');
    setFileName(file.name);
    // Spreadsheets carry no board name of their own: the file's name tells two of them apart.
    setBoardName(format.text ? file.name.replace(/\.[^.]*$/, '') : '');
    const text = await file.text();
    if (text.trim() === '') return setFileError(`${file.name} is empty: export it again.`);
    const mismatch = formatMismatch(format, file.name, text);
    if (mismatch) return setFileError(mismatch);
    if (!format.text) return checkFile({ format: format.value, content: JSON.parse(text), fileName: file.name, header: [] }, {});
    const header = csvHeader(text);
    if (header.length === 0) return setFileError(`${file.name} has no row of column names on its first line.`);
    const source = { format: format.value, content: text, fileName: file.name, header };
    if (format.value === 'csv') setStep({ kind: 'fields', source, fields: guessFields(header) });
    else checkFile(source, {});
  };

  if (step.kind === 'job') return <ImportProgress jobId={step.jobId} initial={step.job} focus={moved} onAgain={startAgain} />;
  if (step.kind === 'done') {
    const { board, report } = step.result;
    return (
      <div className="stack" role="status">
        <StepHeading>{board.name} is imported</StepHeading>
        <p>
          Imported {count(report.items)} items into the new board <Link {...boardLink(board.id)}>{board.name}</Link>, with their history: its flow metrics start from the first day.
        </p>
        <div className="actions">
          <button type="button" onClick={startAgain}>
            Import another file
          </button>
        </div>
      </div>
    );
  }
  if (step.kind === 'fields') {
    const { source, fields, renamed } = step;
    const pick = (field: string, column: string) => {
      const next = { ...fields };
      if (column) next[field] = column;
      else delete next[field];
      setStepNow({ ...step, fields: next });
    };
    return (
      <form className="settings-form" aria-label="Columns of the spreadsheet" onSubmit={(event) => (event.preventDefault(), checkFile(source, { fields }, renamed))}>
        <div className="wide">
          <StepHeading>Which column of {source.fileName} holds what</StepHeading>
        </div>
        <p className="wide hint">Its columns: {source.header.join(', ')}. Only the title is needed; leave the others out if the file has no such column.</p>
        {CSV_FIELD_CHOICES.map((choice) => (
          <label key={choice.field}>
            {choice.label}
            {choice.field === 'title' ? ' (needed)' : ''}
            <select
              value={fields[choice.field] ?? ''}
              onChange={(event) => pick(choice.field, event.target.value)}
              disabled={check.isPending}
              required={choice.field === 'title'}
              {...(choice.field === 'title' ? needsName('Choose the column that holds each item’s title.') : {})}
            >
              <option value="">{choice.field === 'title' ? 'Choose a column' : 'Not in the file'}</option>
              {source.header.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
        <ImportError error={check.error} fileName={source.fileName} />
        <div className="actions wide">
          <SubmitButton busy={check.isPending}>
            {check.isPending ? 'Reading the file…' : 'Check the file'}
          </SubmitButton>
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
    // Statuses given the same name become one column: counted as they are named now, before any check.
    const columnsNamed = new Set(Object.values(columns).map((name) => name.trim()).filter(Boolean)).size;
    const rename = (status: string, column: string) => setStepNow({ ...step, mapping: { ...mapping, columns: { ...columns, [status]: column } } });
    const importAll = () => reviewForm.current?.reportValidity() && run.mutate({ source, mapping });
    return (
      <form ref={reviewForm} className="stack" aria-label="What the file would become" onSubmit={(event) => (event.preventDefault(), checkColumns(source, mapping))}>
        <StepHeading focus={moved}>What {source.fileName} would become</StepHeading>
        <p>
          A new board with {count(report.items)} items in {count(columnsNamed)} columns. Nothing is imported until you press &ldquo;Import&rdquo;.
        </p>
        <label className="wide">
          Name of the new board
          <input value={boardName} maxLength={200} onChange={(e) => setBoardName(e.target.value)} placeholder="As the file names it" disabled={run.isPending} />
        </label>
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
                    <input aria-label={`Column for ${status}`} value={columns[status] ?? ''} required maxLength={200} disabled={run.isPending} onChange={(e) => rename(status, e.target.value)} {...needsName('Give this column a name; several may share one.')} />{' '}
                    <span className="hint">{COLUMN_KIND_WORDS[column.kind]}</span>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
        <p className="hint">Waiting columns hold work not started yet; an item&rsquo;s cycle time runs from the first column in progress until it is done.</p>
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
        <ImportError error={run.error ?? preview.error} fileName={source.fileName} />
        <div className="actions">
          <SubmitButton busy={preview.isPending || run.isPending} primary={false}>
            Check the columns again
          </SubmitButton>
          <BusyButton className="primary" onClick={importAll} busy={run.isPending}>
            {run.isPending ? 'Importing…' : `Import ${count(report.items)} items`}
          </BusyButton>
          {mapping.fields && (
            <button type="button" onClick={() => (preview.reset(), run.reset(), setStep({ kind: 'fields', source, fields: mapping.fields!, renamed: columns }))} disabled={run.isPending}>
              Change which column holds what
            </button>
          )}
          <BusyButton className="ghost" onClick={startAgain} busy={run.isPending}>
            Choose another file
          </BusyButton>
        </div>
      </form>
    );
  }
  return (
    <form className="settings-form" onSubmit={choose} aria-label="Import a board">
      <p className="wide hint">The file becomes a new board of this portfolio, with its columns, items and what history the file holds. You see what it would become before anything is imported.</p>
      <label className="wide">
        What the file is
        <select name="format" defaultValue={formatChosen} autoFocus={moved}>
          {FORMATS.map((format) => (
            <option key={format.value} value={format.value}>
              {format.label}
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        File
        <input name="file" type="file" accept="application/json,.json,text/csv,.csv" onChange={() => (setFileError(null), check.reset())} />
      </label>
      {fileError && (
        <p className="form-error wide" role="alert">
          {fileError}
        </p>
      )}
      <ImportError error={check.error} fileName={fileName} />
      <div className="actions wide">
        <SubmitButton busy={check.isPending}>{check.isPending ? 'Reading the file…' : 'Check the file'}</SubmitButton>
      </div>
    </form>
  );
}

/** A large import's job, asked for every second until it has succeeded (with a link to its board) or failed (with why). */
function ImportProgress({ jobId, initial, focus, onAgain }: { jobId: string; initial?: ImportJob; focus: boolean; onAgain: () => void }) {
  const queryClient = useQueryClient();
  const { data: job, error } = useQuery({
    queryKey: keys.importJob(jobId),
    queryFn: () => answer(api.GET('/api/v1/imports/{id}', { params: { path: { id: jobId } } })),
    initialData: initial,
    refetchInterval: (query) => (query.state.data && ['succeeded', 'failed'].includes(query.state.data.state) ? false : 1000),
  });
  const ended = job?.state === 'succeeded' || job?.state === 'failed';
  useEffect(() => {
    if (!ended) return;
    void queryClient.invalidateQueries({ queryKey: keys.portfolio(job.portfolioId) });
  }, [ended, job?.portfolioId, queryClient]);
  // A job the server no longer knows (its import was long ago, or by another account) is not followed any more.
  if (isProblem(error, 'not_found')) {
    return (
      <div className="stack" role="status">
        <p>The import followed here is no longer known: look for its board among the portfolio&apos;s boards.</p>
        <div className="actions">
          <button type="button" onClick={onAgain}>
            Import a file
          </button>
        </div>
      </div>
    );
  }
  if (!job) return <p className="hint">Reading how the import goes…</p>;
  return (
    <div className="stack" role="status">
      {job.state === 'succeeded' && job.boardId ? (
        <>
          <StepHeading focus={focus}>The import is done</StepHeading>
          <p>
            Imported {count(job.total)} items into{' '}
            <Link {...boardLink(job.boardId)} onClick={() => followedJob.forget(job.portfolioId)}>
              the new board
            </Link>
            , with their history: its flow metrics start from the first day.
          </p>
        </>
      ) : job.state === 'failed' ? (
        <>
          <StepHeading focus={focus}>Nothing was imported</StepHeading>
          <p>The file could not be taken as a whole:</p>
          <ul>
            {(job.errors ?? []).map((problem) => (
              <li key={`${problem.field}: ${problem.message}`}>{[whereInFile(problem.field), problem.message].filter(Boolean).join(' ')}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <StepHeading focus={focus}>Importing {count(job.total)} items</StepHeading>
          <p>
            {count(job.processed)} of {count(job.total)} through so far. The new board appears whole when they all are; you may leave this page meanwhile and come back to it.
          </p>
          <progress aria-label="Import progress" value={job.processed} max={job.total} />
        </>
      )}
      {ended && (
        <div className="actions">
          <button type="button" onClick={onAgain}>
            Import another file
          </button>
        </div>
      )}
    </div>
  );
}
