// Asks which council's scorecard to show when packs from more than one council are imported, so
// one council's indicators are never read as another's.
import type { CouncilOption } from './council-choice';

interface CouncilChooserProps {
  options: CouncilOption[];
  value: string;
  onChange: (key: string) => void;
}

export function CouncilChooser({ options, value, onChange }: CouncilChooserProps) {
  if (options.length < 2) return null;
  return (
    <div className="council-chooser">
      <label htmlFor="council-chooser">Council</label>
      <select id="council-chooser" value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </select>
      <p className="hint">
        Each council keeps its own indicators. The council with the most recent pack is shown first.
      </p>
    </div>
  );
}
