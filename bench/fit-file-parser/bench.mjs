// Decodes every .fit file in a folder over and over after a warm-up, like 'runmuscle bench decode',
// and prints one JSON line in the same shape. Usage: node bench.mjs DIR [seconds] [warmupSeconds]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import FitParser from 'fit-file-parser';

const [dir, seconds = '5', warmup = '3'] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.fit')).map((f) => readFileSync(join(dir, f)));
const parser = new FitParser({ force: true, mode: 'list' });

function parse(buffer) {
  return new Promise((resolve) => parser.parse(buffer, (error, data) => resolve(error ? 0 : (data.records || []).length)));
}

async function run(limitSeconds) {
  const deadline = performance.now() + limitSeconds * 1000;
  let records = 0;
  let bytes = 0;
  let passes = 0;
  do {
    for (const file of files) {
      records += await parse(file);
      bytes += file.length;
    }
    passes++;
  } while (performance.now() < deadline);
  return { records, bytes, passes };
}

await run(Number(warmup));
const start = performance.now();
const total = await run(Number(seconds));
const elapsed = (performance.now() - start) / 1000;
console.log(JSON.stringify({
  files: files.length,
  bytes: files.reduce((sum, f) => sum + f.length, 0),
  records: total.records,
  passes: total.passes,
  seconds: Number(elapsed.toFixed(3)),
  recordsPerSecond: Math.round(total.records / elapsed),
  megabytesPerSecond: Number((total.bytes / elapsed / 1e6).toFixed(2)),
}));
