import type { ReactNode } from 'react';

/** One of the counter's figures: its name, the number big enough to read from across the counter, and what goes with it. */
export function FigureTile({
  label,
  value,
  children,
}: {
  label: string;
  value: string;
  children?: ReactNode;
}) {
  return (
    <section className="counter-tile" aria-label={label}>
      <h2 className="counter-tile-label">{label}</h2>
      <p className="counter-tile-value">{value}</p>
      {children}
    </section>
  );
}
