import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { scrubline } from './contenders/scrubline';
import { peers, PEERS_DIR } from './contenders/peers';
import type { Contender, Unavailable } from './contenders/types';
import { v8Alternation, v8Sequential } from './contenders/v8-baselines';
import { blobLine, generateCorpus } from './corpus/generate';
import { emptyAccuracy, score } from './measure/accuracy';
import { runLines } from './measure/clock';
import { loggerOverhead } from './measure/loggers';
import { perRecord, scaling, throughput } from './measure/speed';
import { chart } from './report/chart';
import { markdown } from './report/markdown';
import { clearStatus, header, line, status } from './report/progress';
import { NAIVE, type ContenderResult, type Results } from './report/results';

/**
 * `npm run bench [-- --quick] [-- --seed N]`. Full: every contender, peers installed into
 * bench/peers on first use, results in bench/results.md + chart.svg + results.json. Quick (CI):
 * scrubline on both engines and the two V8 baselines on a smaller corpus, under a minute,
 * results in bench/results-quick.md + chart-quick.svg.
 */
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const seedArg = args.indexOf('--seed');
const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : 20261129;
if (!Number.isInteger(seed)) throw new Error('--seed takes an integer');

const SETTINGS = quick
  ? { records: 1200, small: 600, runs: 3, runMs: 300, smallRuns: 3, stopMs: 1500, loggerRecords: 400, loggerRuns: 3 }
  : { records: 8000, small: 2000, runs: 5, runMs: 1500, smallRuns: 5, stopMs: 10_000, loggerRecords: 2000, loggerRuns: 5 };
const BLOB_KB = [16, 32, 64, 128];
const BENCH_DIR = join(__dirname, '..');

async function main(): Promise<void> {
  const contenders: Contender[] = [v8Sequential(), v8Alternation(), scrubline('re2'), scrubline('re2-wasm')];
  const unavailable: Unavailable[] = [];
  if (!quick) {
    installPeers();
    for (const p of peers()) 'redact' in p ? contenders.push(p) : unavailable.push(p);
  }

  status('generating the corpus…');
  const corpus = generateCorpus({ seed, count: SETTINGS.records });
  const small = generateCorpus({ seed: seed + 1, count: SETTINGS.small, minSize: 270, maxSize: 330, exclude: ['PRIVATE_KEY'] });
  const lines = corpus.map((r) => r.line);
  const bytes = lines.map((l) => Buffer.byteLength(l));
  const smallLines = small.map((r) => r.line);
  const blobs = BLOB_KB.map((kb) => ({ kb, line: blobLine(seed, kb) }));
  const totalBytes = bytes.reduce((a, b) => a + b, 0);
  const labels = corpus.flatMap((r) => r.labels);
  clearStatus();
  console.log(`scrubline bench (${quick ? 'quick' : 'full'}): ${corpus.length} records, ${(totalBytes / 1e6).toFixed(1)} MB, seed ${seed}`);
  for (const u of unavailable) console.log(`  skipped ${u.name}: ${u.reason}`);
  console.log(header());

  const results: ContenderResult[] = [];
  for (const c of contenders) {
    status(`${c.name}: accuracy pass over ${(totalBytes / 1e6).toFixed(1)} MB…`);
    const accuracy = emptyAccuracy();
    const pass = await runLines(c.redact, lines, (i, out) => score(accuracy, corpus[i]!, out));
    status(`${c.name}: throughput…`);
    const speed = await throughput(c, lines, bytes, totalBytes / 1e3 / pass.ms, SETTINGS);
    status(`${c.name}: ~300 B records…`);
    const smallUs = await perRecord(c, smallLines, SETTINGS.smallRuns);
    status(`${c.name}: scaling…`);
    const scale = await scaling(c, blobs, SETTINGS.stopMs);
    const result: ContenderResult = { name: c.name, group: c.group, config: c.config, accuracy, throughput: speed, smallUs, scaling: scale };
    results.push(result);
    clearStatus();
    console.log(line(result, results.find((r) => r.name === NAIVE)!.throughput.mbps));
  }

  status('pino and winston overhead…');
  const loggers = await loggerOverhead(corpus.slice(0, SETTINGS.loggerRecords).map((r) => r.record), SETTINGS.loggerRuns);
  clearStatus();
  for (const l of loggers) console.log(`${l.logger}: ${l.plainUs.toFixed(1)} µs/record plain, ${l.scrubbedUs.toFixed(1)} with scrubline (${(l.scrubbedUs / l.plainUs).toFixed(2)}×)`);

  const report: Results = {
    mode: quick ? 'quick' : 'full',
    date: new Date().toISOString(),
    machine: { node: process.versions.node, cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: cpus().length },
    corpus: {
      seed,
      records: corpus.length,
      bytes: totalBytes,
      piiRecords: corpus.filter((r) => r.labels.some((l) => l.kind === 'pii')).length,
      planted: labels.filter((l) => l.kind === 'pii').length,
      lookalikes: labels.filter((l) => l.kind === 'lookalike').length,
      smallRecords: small.length,
      smallAvgBytes: smallLines.reduce((a, l) => a + Buffer.byteLength(l), 0) / small.length,
    },
    contenders: results,
    unavailable,
    loggers,
  };
  const suffix = quick ? '-quick' : '';
  writeFileSync(join(BENCH_DIR, `results${suffix}.md`), markdown(report, `chart${suffix}.svg`));
  writeFileSync(join(BENCH_DIR, `chart${suffix}.svg`), chart(report));
  if (!quick) writeFileSync(join(BENCH_DIR, 'results.json'), JSON.stringify(report, null, 1) + '\n');
  console.log(`wrote bench/results${suffix}.md and bench/chart${suffix}.svg`);
}

/** The peers are a package of their own (bench/peers), installed from its lock file on first use. */
function installPeers(): void {
  if (existsSync(join(PEERS_DIR, 'node_modules'))) return;
  console.log('installing the peer libraries into bench/peers (first full run only)…');
  execFileSync('npm', ['ci', '--prefix', PEERS_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
