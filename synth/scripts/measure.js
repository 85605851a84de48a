#!/usr/bin/env node
/**
 * Measures generating one department's rows for a large population, chunk by chunk, as a
 * bulk load would (rows are counted, not stored). Build first: `npx tsc -b synth`.
 *   node synth/scripts/measure.js e-license 1000000 [chunkHouseholds]
 */
const { departmentChunks } = require('../dist');

const [department = 'civil-affairs', personsText = '1000000', chunkText = '2000'] = process.argv.slice(2);
const started = process.cpuUsage();
const wall = Date.now();
let rows = 0;
let peakHeap = 0;
for (const tables of departmentChunks(department, { persons: Number(personsText), seed: 'measure', chunkHouseholds: Number(chunkText) })) {
  for (const table of tables) rows += table.rows.length;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
const cpu = process.cpuUsage(started);
console.log(
  `${department}: ${personsText} persons, ${rows} rows, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, ` +
    `wall ${((Date.now() - wall) / 1000).toFixed(1)} s, peak heap ${(peakHeap / 1e6).toFixed(0)} MB`,
);
