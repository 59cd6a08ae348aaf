// A whole-number field of the options form (the snapshot interval, the days to keep).
import { useState } from 'preact/hooks';

interface Props {
  id?: string;
  min: number;
  max: number;
  step: number;
  required?: boolean;
  disabled?: boolean;
  'aria-label': string;
  value: number;
  /** The number typed; NaN while the field is empty (or holds no number), never 0. */
  onValue: (v: number) => void;
  /** The id of the message saying what is wrong with the value; none while it is fine. */
  errorId?: string;
  /** The id of a hint on the field's values (what 0 means), read after any error. */
  hintId?: string;
}

export function NumberInput({ value, onValue, errorId, hintId, ...rest }: Props) {
  // What the user typed and the number it stands for: shown while that is still the value, so an
  // emptied field stays empty (writing the value back showed "0", or NaN, in it). A value changed
  // from outside (another tab, "Keep everything" and back) shows in place of the text.
  const [typed, setTyped] = useState({ text: Number.isNaN(value) ? '' : String(value), value });
  const shown = Object.is(typed.value, value) ? typed.text : Number.isNaN(value) ? '' : String(value);
  return (
    <input
      {...rest}
      type="number"
      value={shown}
      aria-invalid={errorId ? 'true' : undefined}
      aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
      onInput={(e) => {
        const text = e.currentTarget.value;
        const v = text.trim() === '' ? Number.NaN : Number(text);
        setTyped({ text, value: v });
        onValue(v);
      }}
    />
  );
}
