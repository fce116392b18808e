/** Outlets' differing figures for one fact, side by side: outlet, figure, what is counted. */
import type { FigureTable } from './numbers';

export function FigureTableView({ table }: { table: FigureTable }) {
  return (
    <section class="px-figures" aria-label={table.heading}>
      <h3>
        <span aria-hidden="true">⚠ </span>
        {table.heading}
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Figure</th>
            <th scope="col">What is counted</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} class={row.differs ? 'px-differs' : undefined}>
              <th scope="row">{row.outletName}</th>
              <td>{row.figure}</td>
              <td>
                {row.counts}
                {row.differs && <span class="px-sr"> (this outlet’s version differs)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
