/** A labelled on/off control: a real checkbox inside its <label>, with an optional description. */
import { useId } from 'preact/hooks';

export interface ToggleProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  description?: string;
  disabled?: boolean;
}

export function Toggle({ label, checked, onChange, description, disabled }: ToggleProps) {
  const descriptionId = useId();
  return (
    <label class={disabled ? 'px-toggle px-toggle--disabled' : 'px-toggle'}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? descriptionId : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>
        {label}
        {description && (
          <span id={descriptionId} class="px-toggle__description">
            {description}
          </span>
        )}
      </span>
    </label>
  );
}
