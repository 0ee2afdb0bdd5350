import { num } from './format';
import type { ContenderResult, Results } from './results';

/**
 * A self-contained SVG, written by hand (no chart library in the install): throughput bars on a
 * log scale, and the scaling series on log-log axes where a straight line's slope is the exponent.
 */
/** scrubline in greens, the V8 baselines in greys, the peers in warm colours. */
const PALETTE: Readonly<Record<ContenderResult['group'], readonly string[]>> = {
  scrubline: ['#15803d', '#65c98a'],
  'v8-baseline': ['#4b5563', '#a1a1aa'],
  peer: ['#d97706', '#b91c1c', '#7c3aed', '#0e7490'],
};
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"';

const decade = (d: number) => (d >= 1 ? String(Math.round(d)) : String(Number(d.toPrecision(1))));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function chart(results: Results): string {
  const cs = results.contenders;
  const color = (c: ContenderResult) => {
    const shades = PALETTE[c.group];
    return shades[cs.filter((o) => o.group === c.group).indexOf(c) % shades.length]!;
  };
  const rowH = 24;
  const top = 56;
  const plotBottom = 306;
  const height = Math.max(top + cs.length * rowH + 40, plotBottom + 40 + cs.length * 16);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="980" height="${height}" viewBox="0 0 980 ${height}" ${FONT} font-size="12">`,
    `<rect width="980" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="24" font-size="15" font-weight="600">Throughput on LLM log records (MB/s, log scale)</text>`,
    `<text x="16" y="42" fill="#555">median, one call per record; ${esc(results.date.slice(0, 10))}, Node ${esc(results.machine.node)}${results.mode === 'quick' ? ', quick run' : ''}</text>`,
  );

  // Throughput bars.
  const rates = cs.map((c) => c.throughput.mbps).filter((v) => v > 0);
  const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...rates, 1))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...rates, 10))));
  const x0 = 200;
  const x1 = 500;
  const bx = (v: number) => x0 + ((x1 - x0) * (Math.log10(v) - Math.log10(lo))) / (Math.log10(hi) - Math.log10(lo));
  const barsBottom = top + cs.length * rowH;
  for (let d = lo; d <= hi * 1.0001; d *= 10) {
    parts.push(`<line x1="${bx(d).toFixed(1)}" y1="${top - 4}" x2="${bx(d).toFixed(1)}" y2="${barsBottom}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${bx(d).toFixed(1)}" y="${barsBottom + 16}" text-anchor="middle" fill="#555">${decade(d)}</text>`);
  }
  cs.forEach((c, i) => {
    const y = top + i * rowH;
    const w = c.throughput.mbps > 0 ? Math.max(1, bx(Math.max(c.throughput.mbps, lo)) - x0) : 0;
    parts.push(
      `<text x="${x0 - 8}" y="${y + 15}" text-anchor="end">${esc(c.name)}</text>`,
      `<rect x="${x0}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${color(c)}" rx="2"/>`,
      `<text x="${(x0 + w + 6).toFixed(1)}" y="${y + 15}" fill="#111">${num(c.throughput.mbps)}</text>`,
    );
  });

  // Scaling lines.
  const px0 = 600;
  const px1 = 950;
  const py0 = top;
  const py1 = plotBottom;
  const series = cs.map((c) => ({ c, pts: c.scaling.filter((p): p is { kb: number; ms: number } => p.ms !== undefined && p.ms > 0) }));
  const all = series.flatMap((s) => s.pts);
  parts.push(`<text x="${px0 - 40}" y="24" font-size="15" font-weight="600">Scaling: one base64 blob (ms per call)</text>`);
  if (all.length > 0) {
    const kbs = [...new Set(cs.flatMap((c) => c.scaling.map((p) => p.kb)))].sort((a, b) => a - b);
    const ylo = Math.pow(10, Math.floor(Math.log10(Math.min(...all.map((p) => p.ms)))));
    const yhi = Math.pow(10, Math.ceil(Math.log10(Math.max(...all.map((p) => p.ms)))));
    const sx = (kb: number) => px0 + ((px1 - px0) * Math.log2(kb / kbs[0]!)) / Math.max(1, Math.log2(kbs[kbs.length - 1]! / kbs[0]!));
    const sy = (v: number) => py1 - ((py1 - py0) * (Math.log10(v) - Math.log10(ylo))) / Math.max(1e-9, Math.log10(yhi) - Math.log10(ylo));
    for (let d = ylo; d <= yhi * 1.0001; d *= 10) {
      parts.push(`<line x1="${px0}" y1="${sy(d).toFixed(1)}" x2="${px1}" y2="${sy(d).toFixed(1)}" stroke="#e5e7eb"/>`);
      parts.push(`<text x="${px0 - 6}" y="${(sy(d) + 4).toFixed(1)}" text-anchor="end" fill="#555">${d >= 1000 ? `${decade(d / 1000)} s` : `${decade(d)} ms`}</text>`);
    }
    for (const kb of kbs) parts.push(`<text x="${sx(kb).toFixed(1)}" y="${py1 + 16}" text-anchor="middle" fill="#555">${kb} KB</text>`);
    // Guides from the fastest start: the slope of linear and of quadratic growth.
    const base = Math.min(...series.map((s) => s.pts[0]?.ms ?? Infinity));
    const last = kbs[kbs.length - 1]! / kbs[0]!;
    for (const [label, exp] of [['linear', 1], ['quadratic', 2]] as const) {
      const end = base * Math.pow(last, exp);
      const clipped = Math.min(end, yhi);
      const kbEnd = kbs[0]! * Math.pow(clipped / base, 1 / exp);
      parts.push(
        `<line x1="${sx(kbs[0]!).toFixed(1)}" y1="${sy(base).toFixed(1)}" x2="${sx(kbEnd).toFixed(1)}" y2="${sy(clipped).toFixed(1)}" stroke="#9ca3af" stroke-dasharray="4 4"/>`,
        `<text x="${(sx(kbEnd) - 4).toFixed(1)}" y="${(sy(clipped) - 6).toFixed(1)}" text-anchor="end" fill="#6b7280" font-size="11">${label}</text>`,
      );
    }
    for (const { c, pts } of series) {
      if (pts.length > 1) parts.push(`<polyline fill="none" stroke="${color(c)}" stroke-width="2" points="${pts.map((p) => `${sx(p.kb).toFixed(1)},${sy(p.ms).toFixed(1)}`).join(' ')}"/>`);
      for (const p of pts) parts.push(`<circle cx="${sx(p.kb).toFixed(1)}" cy="${sy(p.ms).toFixed(1)}" r="3" fill="${color(c)}"/>`);
    }
    // Legend under the plot.
    series.forEach(({ c, pts }, i) => {
      const lx = px0;
      const ly = py1 + 40 + i * 16;
      const stopped = pts.length < c.scaling.length ? ' (stopped: over budget)' : '';
      parts.push(`<rect x="${lx}" y="${ly - 9}" width="10" height="10" fill="${color(c)}"/>`, `<text x="${lx + 14}" y="${ly}" font-size="11">${esc(c.name + stopped)}</text>`);
    });
  }
  parts.push('</svg>', '');
  return parts.join('\n');
}
