import { memo } from 'react';
import type { KpisData, KpiTile } from './adapter';
import type { SovEntry } from './shareOfVoice';

/** KPI tiles and the share-of-voice bar; pure view of adapter data. */
export const KpisView = memo(function KpisView({ data, showSov = true }: { data: KpisData; showSov?: boolean }) {
  return (
    <section className={showSov ? 'panel kpis kpis--sov' : 'panel kpis'} aria-label="Key figures" data-testid="panel-kpis">
      {data.tiles.map((t) => (
        <Tile key={t.id} tile={t} />
      ))}
      {showSov ? <SovTile sov={data.sov} /> : null}
    </section>
  );
});

function Tile({ tile }: { tile: KpiTile }) {
  return (
    <div className="kpi" data-testid={`kpi-${tile.id}`} data-drill={tile.id === 'received' ? undefined : `kpi:${tile.id}`} tabIndex={tile.id === 'received' ? undefined : 0}>
      <div className="kpi__label" title={tile.label}>{tile.label}</div>
      <div className={`kpi__value tone--${tile.tone}`} data-testid={`kpi-${tile.id}-value`} style={tile.color ? { color: tile.color } : undefined}>
        <bdi>{tile.value}</bdi>
      </div>
      {tile.change ? (
        <div className={`kpi__change trend--${tile.change.trend}`} data-testid={`kpi-${tile.id}-change`}>
          {tile.change.text}
        </div>
      ) : null}
    </div>
  );
}

function SovTile({ sov }: { sov: SovEntry[] }) {
  return (
    <div className="kpi kpi--sov" data-testid="kpi-sov">
      <div className="kpi__label">Share of voice (1 h)</div>
      <div className="sov__bar" aria-hidden="true">
        {sov.map((b) => (
          <span key={b.id} className="sov__seg" style={{ width: `${b.percent}%`, background: b.color }} />
        ))}
      </div>
      <ul className="sov__list">
        {sov.map((b) => (
          <li key={b.id} className={b.own ? 'sov__item sov__item--own' : 'sov__item'} data-testid={`sov-${b.id}`} data-drill={`brand:${b.id}`} tabIndex={0}>
            <span className="sov__swatch" style={{ background: b.color }} aria-hidden="true" />
            <bdi className="sov__name">{b.name}</bdi>
            <span className="sov__pct" style={{ color: b.color }}>
              {b.percent}%
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
