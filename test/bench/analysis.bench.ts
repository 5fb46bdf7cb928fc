/**
 * `npm run bench:analysis` — one table: sentiment accuracy on the three labeled sets against the
 * JS libraries a user would otherwise pick (same run), speed of the full analyze() and of the
 * sentiment step against them, and brand-matching precision and recall on the labeled cases.
 * Macro-F1 is also shown on the even and odd lines of each set: Earshot's few fitted sentiment
 * numbers were chosen on the even lines only, so the odd lines are held out.
 * BENCH_ONLY=speed prints only the speed rows (no accuracy, no brand cases).
 */
import { accuracyRows } from './analysis/accuracy';
import { brandRows } from './analysis/brands';
import { speedRows } from './analysis/speed';

interface Line { measure: string; system: string; data: string; value: string; target: string }
const lines: Line[] = [];
const f3 = (x: number) => x.toFixed(3);
const int = (x: number) => Math.round(x).toLocaleString('en-US');

const speedOnly = process.env.BENCH_ONLY === 'speed';
const acc = await accuracyRows({ accuracy: !speedOnly });
const sets = [...new Set(acc.filter((r) => !r.set.startsWith('speed')).map((r) => r.set))];
for (const set of sets) {
  const rows = acc.filter((r) => r.set === set);
  const bestOther = Math.max(...rows.filter((r) => r.system !== 'earshot').map((r) => r.macroF1));
  for (const r of rows) {
    const isUs = r.system === 'earshot';
    lines.push({
      measure: 'accuracy / macro-F1', system: r.system, data: `${set} (${int(r.n)})`,
      value: `${f3(r.accuracy)} / ${f3(r.macroF1)} (F1 even lines ${f3(r.macroF1Even ?? NaN)}, odd ${f3(r.macroF1Odd ?? NaN)})`,
      target: isUs ? `F1 >= ${f3(bestOther + 0.05)} (${r.macroF1 - bestOther >= 0.05 ? 'met' : 'missed'}, ${((r.macroF1 - bestOther) * 100).toFixed(1)} pts vs best other)` : '',
    });
  }
}
const sentSpeed = acc.filter((r) => r.set.startsWith('speed'));
const afinn = sentSpeed.find((r) => r.system.startsWith('sentiment'))?.textsPerSecond ?? 0;
for (const r of sentSpeed) {
  const isUs = r.system.startsWith('earshot');
  lines.push({
    measure: 'sentiment step, texts/s', system: r.system, data: `all three sets (${int(r.n)})`, value: int(r.textsPerSecond ?? 0),
    target: isUs ? `> AFINN ${int(afinn)} (${(r.textsPerSecond ?? 0) > afinn ? 'met' : 'missed'})` : '',
  });
}
for (const r of await speedRows()) {
  const isUs = r.name.startsWith('earshot');
  lines.push({
    measure: 'full pipeline step, mentions/s', system: r.name, data: r.note ?? '', value: int(r.perSec),
    target: isUs ? `>= 50,000 (${r.perSec >= 50_000 ? 'met' : 'missed'})` : '',
  });
}
for (const r of speedOnly ? [] : await brandRows()) {
  lines.push({
    measure: r.metric, system: 'earshot', data: r.note ?? 'labeled brand cases',
    value: r.unit ? `${int(r.value)} ${r.unit}` : r.value.toFixed(4), target: r.target ?? '',
  });
}

console.log('| measure | system | data | value | target |');
console.log('|---|---|---|---|---|');
for (const l of lines) console.log(`| ${l.measure} | ${l.system} | ${l.data} | ${l.value} | ${l.target} |`);
