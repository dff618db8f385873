// What the member can correct about an indicator the import got wrong: its name, which way is
// good, names wrongly taken as the same measure (split out), and duplicates (merged in).
import { useState, type FormEvent } from 'react';
import type { Args, Result } from '../../../shared/contract';
import { messageOf } from '../../api';
import { useApi } from '../../api-context';
import { polarityLabels } from '../../format';
import type { IndicatorSummary } from '../../indicators/indicator-words';
import { ErrorAlert } from '../Loaded';

type Change =
  'indicators.rename' | 'indicators.setPolarity' | 'indicators.merge' | 'indicators.splitAlias';
const polarities = ['low', 'high', 'none', 'unknown'] as const;

interface IndicatorSettingsProps {
  indicator: IndicatorSummary;
  /** Every other indicator, which could be merged into this one. */
  others: IndicatorSummary[];
  /** Called with what changed after each save, so the page can show it and reload the run. */
  onChanged: (change: { method: Change; updated: IndicatorSummary; mergedId?: number }) => void;
}

export function IndicatorSettings({ indicator, others, onChanged }: IndicatorSettingsProps) {
  const api = useApi();
  const [name, setName] = useState(indicator.name);
  const [polarity, setPolarity] = useState(indicator.polarity);
  const [mergeId, setMergeId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const merging = others.find((other) => String(other.id) === mergeId) ?? null;

  async function save<M extends Change>(
    method: M,
    args: Args<M>,
    done: string,
  ): Promise<Result<M> | null> {
    setError(null);
    setStatus('');
    try {
      const updated = await api.call(method, args);
      setStatus(done);
      return updated;
    } catch (failure) {
      setError(`That change could not be saved. ${messageOf(failure)}`);
      return null;
    }
  }

  const rename = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const updated = await save('indicators.rename', { id: indicator.id, name }, 'Name saved.');
    if (updated) onChanged({ method: 'indicators.rename', updated });
  };
  const savePolarity = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const updated = await save(
      'indicators.setPolarity',
      { id: indicator.id, polarity },
      'Saved which way is good.',
    );
    if (updated) onChanged({ method: 'indicators.setPolarity', updated });
  };
  const splitOut = async (alias: string): Promise<void> => {
    const updated = await save(
      'indicators.splitAlias',
      { id: indicator.id, alias },
      `‘${alias}’ is now an indicator of its own.`,
    );
    if (updated) onChanged({ method: 'indicators.splitAlias', updated });
  };
  const merge = async (): Promise<void> => {
    if (!merging) return;
    setConfirming(false);
    const updated = await save(
      'indicators.merge',
      { keepId: indicator.id, mergeId: merging.id },
      `‘${merging.name}’ was merged into this indicator.`,
    );
    if (updated) {
      setMergeId('');
      onChanged({ method: 'indicators.merge', updated, mergedId: merging.id });
    }
  };

  return (
    <section className="indicator-part" aria-labelledby="about-indicator">
      <h2 id="about-indicator">About this indicator</h2>
      <p role="status" className="save-status">
        {status}
      </p>
      {error && <ErrorAlert message={error} />}

      <form className="inline-form" onSubmit={(event) => void rename(event)}>
        <label htmlFor="indicator-name">Name</label>
        <input
          id="indicator-name"
          className="text-input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={300}
        />
        <button type="submit" className="button button-secondary">
          Rename
        </button>
      </form>

      <form className="inline-form" onSubmit={(event) => void savePolarity(event)}>
        <label htmlFor="indicator-polarity">Which way is good</label>
        <select
          id="indicator-polarity"
          value={polarity}
          onChange={(event) => setPolarity(event.target.value as IndicatorSummary['polarity'])}
        >
          {polarities.map((each) => (
            <option key={each} value={each}>
              {polarityLabels[each]}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          Save
        </button>
      </form>

      <h3>Other names in the papers</h3>
      {indicator.aliases.length === 0 ? (
        <p>The papers have used only this name.</p>
      ) : (
        <ul className="alias-list">
          {indicator.aliases.map((alias) => (
            <li key={alias}>
              {alias}{' '}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void splitOut(alias)}
              >
                Split out<span className="visually-hidden"> ‘{alias}’</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      {others.length > 0 && (
        <>
          <h3>The same measure under another name</h3>
          <div className="inline-form">
            <label htmlFor="merge-indicator">Merge another indicator into this one</label>
            <select
              id="merge-indicator"
              value={mergeId}
              onChange={(event) => {
                setMergeId(event.target.value);
                setConfirming(false);
              }}
            >
              <option value="">Choose an indicator</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button-secondary"
              aria-disabled={!merging || undefined}
              onClick={() => setConfirming(Boolean(merging))}
            >
              Merge
            </button>
          </div>
          {confirming && merging && (
            <div className="confirm-box" role="group" aria-label="Confirm the merge">
              <p>
                Merge ‘{merging.name}’ into ‘{indicator.name}’? Its values and names will belong to
                this indicator, and it will no longer be listed on its own.
              </p>
              <div className="button-row">
                <button type="button" className="button" onClick={() => void merge()}>
                  Yes, merge them
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setConfirming(false)}
                >
                  Cancel
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
