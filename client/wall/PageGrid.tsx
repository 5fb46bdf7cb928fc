import { memo, type CSSProperties } from 'react';
import type { Cell, Page } from '../../shared/layouts';
import { panelFor } from './registry';

/** One page of a screen: a CSS grid whose cells each hold one panel (clipped, never scrolled). */
export const PageGrid = memo(function PageGrid({ page, index }: { page: Page; index: number }) {
  const style: CSSProperties = {
    gridTemplateColumns: `repeat(${page.grid.cols}, minmax(0, 1fr))`,
    gridTemplateRows: `repeat(${page.grid.rows}, minmax(0, 1fr))`,
  };
  return (
    <main className="page" style={style} data-testid="wall-page" data-page={index}>
      {page.cells.map((c, i) => (
        <CellView key={`${index}-${i}-${c.panel}`} cell={c} />
      ))}
    </main>
  );
});

function CellView({ cell }: { cell: Cell }) {
  const style: CSSProperties = {
    gridColumn: `${cell.col + 1} / span ${cell.colSpan ?? 1}`,
    gridRow: `${cell.row + 1} / span ${cell.rowSpan ?? 1}`,
  };
  const Panel = panelFor(cell.panel);
  return (
    <div className={`cell cell--${cell.panel}`} style={style} data-testid={`cell-${cell.panel}`} data-panel={cell.panel}>
      {Panel ? <Panel options={cell.options} /> : <PanelPlaceholder id={cell.panel} />}
    </div>
  );
}

function PanelPlaceholder({ id }: { id: string }) {
  return (
    <section className="panel panel--placeholder" data-testid={`placeholder-${id}`}>
      <header className="panel__title">{id}</header>
      <p className="placeholder__text">This panel is not available in this build.</p>
    </section>
  );
}
