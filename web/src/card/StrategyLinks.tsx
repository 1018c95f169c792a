import { useId } from 'react';
import { explain } from '../api/http';
import { useThemes, useValueStreams } from '../strategy/queries';
import { themeChoices, valueStreamOptions } from './strategy-choices';
import './strategy-links.css';

type Lookup = { isError: boolean; error: unknown };

type UnavailableProps = {
  lookup: Lookup;
  what: string;
  name: string;
  values: readonly string[];
  /** What saving keeps, when that is not "the card's current {what}". */
  kept?: string;
};

/**
 * Until the portfolio's list arrives (or when it cannot), the item's current values ride along in
 * hidden fields, so that saving other fields meanwhile neither clears nor changes them.
 */
export function Unavailable({ lookup, what, name, values, kept = `the card's current ${what}` }: UnavailableProps) {
  return (
    <>
      {values.map((value) => (
        <input key={value} type="hidden" name={name} value={value} />
      ))}
      {lookup.isError ? (
        <span className="form-error" role="alert">
          Could not load the {what}: {explain(lookup.error)} Saving keeps {kept}.
        </span>
      ) : (
        <span className="hint" role="status">
          Loading the portfolio&apos;s {what}…
        </span>
      )}
    </>
  );
}

/** The item's strategic themes as checkboxes named "themes", each with its target share as a hint. */
export function ThemePicker({ portfolioId, linked }: { portfolioId: string; linked: readonly string[] }) {
  const themes = useThemes(portfolioId);
  const hintPrefix = useId();
  const choices = themes.data ? themeChoices(themes.data, linked) : [];
  return (
    <fieldset className="wide theme-picker">
      <legend>Strategic themes</legend>
      {!themes.data ? (
        <Unavailable lookup={themes} what="themes" name="themes" values={linked} />
      ) : choices.length === 0 ? (
        <p className="hint">This portfolio has no strategic themes yet.</p>
      ) : (
        <ul className="theme-choices">
          {choices.map((choice, index) => (
            <li key={choice.id}>
              <label className="checkbox">
                <input type="checkbox" name="themes" value={choice.id} defaultChecked={linked.includes(choice.id)} aria-describedby={`${hintPrefix}-${index}`} />
                {choice.name}
              </label>
              <span id={`${hintPrefix}-${index}`} className="hint">
                {choice.hint}
              </span>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** The item's value stream as a select named "valueStream": "None" or one of the portfolio's streams. */
export function ValueStreamSelect({ portfolioId, current }: { portfolioId: string; current: string | null }) {
  const streams = useValueStreams(portfolioId);
  // Distinct keys: the select with the streams must mount anew, as only a mount applies its defaultValue.
  if (!streams.data) {
    return (
      <label key="unavailable">
        Value stream
        <select disabled>
          <option>{streams.isError ? 'Unavailable' : 'Loading…'}</option>
        </select>
        <Unavailable lookup={streams} what="value streams" name="valueStream" values={current === null ? [] : [current]} />
      </label>
    );
  }
  return (
    <label key="loaded">
      Value stream
      <select name="valueStream" defaultValue={current ?? ''}>
        <option value="">None</option>
        {valueStreamOptions(streams.data, current).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
