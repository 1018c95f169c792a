/** A group of long-text fields, such as the epic hypothesis or the lean business case, folded when empty. */
export function TextGroup({ title, prefix, labels, values, disabled }: { title: string; prefix: string; labels: Record<string, string>; values: Record<string, string>; disabled: boolean }) {
  const filled = Object.values(values).some((v) => v.trim() !== '');
  return (
    <details className="text-group" open={filled}>
      <summary>{title}</summary>
      <fieldset disabled={disabled}>
        <legend className="sr-only">{title}</legend>
        {Object.entries(labels).map(([key, label]) => (
          <label key={key}>
            {label}
            <textarea name={`${prefix}.${key}`} defaultValue={values[key] ?? ''} rows={2} />
          </label>
        ))}
      </fieldset>
    </details>
  );
}
