import type { BenchReport } from './report';

/**
 * A grouped bar chart of requests/s per workload and gateway, as a self-contained SVG
 * (viewable in a browser and on the repository's web page, no plotting library needed).
 */
const COLOURS = ['#c0392b', '#e67e22', '#7f8c8d', '#2980b9', '#85c1e9', '#27ae60', '#a9dfbf', '#34495e'];

export function barChart(report: BenchReport): string {
  const width = 960;
  const groupHeight = 28 * report.results.length + 40;
  const height = 70 + groupHeight * report.scenarios.length + 20;
  const left = 330;
  const max = Math.max(1, ...report.results.flatMap((r) => Object.values(r.figures).map((m) => m.requestsPerSecond)));
  const scale = (width - left - 90) / max;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="13">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="24" font-size="16" font-weight="bold">Requests per second (higher is better), ${report.persons.toLocaleString('en')} persons, ${report.connections} connections, ${report.workers} worker(s)</text>`,
    `<text x="10" y="44" fill="#555">${escape(report.machine)} · ${report.date.slice(0, 10)}</text>`,
  ];
  report.scenarios.forEach((scenario, g) => {
    const top = 70 + g * groupHeight;
    parts.push(`<text x="10" y="${top + 14}" font-weight="bold">${escape(scenario.title)}</text>`);
    report.results.forEach((result, i) => {
      const m = result.figures[scenario.key];
      const y = top + 24 + i * 28;
      const w = m ? Math.max(1, m.requestsPerSecond * scale) : 0;
      parts.push(`<text x="${left - 8}" y="${y + 15}" text-anchor="end">${escape(result.label)}</text>`);
      parts.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="20" fill="${COLOURS[i % COLOURS.length]}"/>`);
      if (m) parts.push(`<text x="${(left + w + 6).toFixed(1)}" y="${y + 15}">${m.requestsPerSecond.toFixed(0)} · p99 ${m.p99} ms</text>`);
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
