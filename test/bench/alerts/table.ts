/** A plain-text table: columns padded to their widest cell, numbers right-aligned, sections ruled off. */
export class Table {
  private rows: (string[] | null)[] = [];
  constructor(private readonly header: string[], private readonly rightAligned: ReadonlySet<number>) {}

  add(cells: (string | number)[]): void { this.rows.push(cells.map(String)); }

  /** A horizontal rule between sections. */
  rule(): void { this.rows.push(null); }

  render(): string {
    const all = [this.header, ...this.rows.filter((r): r is string[] => r !== null)];
    const widths = this.header.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
    const line = (r: string[]) => r.map((c, i) => (this.rightAligned.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
    const sep = widths.map((w) => '-'.repeat(w)).join('  ');
    return [line(this.header), sep, ...this.rows.map((r) => (r ? line(r) : sep))].join('\n');
  }
}
