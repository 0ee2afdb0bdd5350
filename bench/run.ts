import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { scrubline } from './contenders/scrubline';
import { peers, PEERS_DIR } from './contenders/peers';
import type { Contender, Unavailable } from './contenders/types';
import { v8Alternation, v8Sequential } from './contenders/v8-baselines';
import { blobLine, generateCorpus } from './corpus/generate';
import { emptyAccuracy, overall, score } from './measure/accuracy';
import { median, now, runLines } from './measure/clock';
import { loggerOverhead } from './measure/loggers';
import { pathological } from './measure/pathological';
import { prefixFor, rate, scaling, usPerRecord } from './measure/speed';
import { pct } from './report/format';
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
  ? { records: 800, small: 400, runs: 3, runMs: 250, stopMs: 1500, loggerRecords: 300, loggerRuns: 3 }
  : { records: 8000, small: 2000, runs: 7, runMs: 1500, stopMs: 10_000, loggerRecords: 2000, loggerRuns: 7 };
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
  const small = generateCorpus({ seed: seed + 1, count: SETTINGS.small, minSize: 200, maxSize: 300, exclude: ['PRIVATE_KEY'], kinds: ['prompt'] });
  const lines = corpus.map((r) => r.line);
  const bytes = lines.map((l) => Buffer.byteLength(l));
  const smallLines = small.map((r) => r.line);
  const smallBytes = smallLines.map((l) => Buffer.byteLength(l));
  const blobs = BLOB_KB.map((kb) => ({ kb, line: blobLine(seed, kb) }));
  const totalBytes = bytes.reduce((a, b) => a + b, 0);
  const labels = corpus.flatMap((r) => r.labels);
  clearStatus();
  console.log(`scrubline bench (${quick ? 'quick' : 'full'}): ${corpus.length} records, ${(totalBytes / 1e6).toFixed(1)} MB, seed ${seed}`);
  for (const u of unavailable) console.log(`  skipped ${u.name}: ${u.reason}`);

  // 1. Accuracy: one pass over the whole corpus each, which also warms every contender up.
  const prepared = [];
  for (const c of contenders) {
    status(`accuracy: ${c.name}…`);
    const accuracy = emptyAccuracy();
    const t0 = now();
    let firstMs = 0;
    const pass = await runLines(c.redact, lines, (i, out) => {
      if (i === 0) firstMs = now() - t0;
      score(accuracy, corpus[i]!, out);
    });
    const mbps = totalBytes / 1e3 / pass.ms;
    const slice = prefixFor(bytes, mbps, SETTINGS.runMs);
    // Small records pay a per-call cost the corpus rate hides: give them the same time budget.
    const smallSlice = smallLines.slice(0, prefixFor(smallBytes, mbps, SETTINGS.runMs / 2).records);
    prepared.push({ c, accuracy, firstMs, slice, smallSlice, rates: [] as number[], small: [] as number[] });
    clearStatus();
    console.log(`  accuracy ${c.name.padEnd(30)} recall ${pct(overall(accuracy.recall)).padStart(5)} %, lookalikes kept ${pct(overall(accuracy.kept)).padStart(5)} %  (pass ${(pass.ms / 1e3).toFixed(1)} s, first call ${firstMs.toFixed(1)} ms)`);
  }

  // 2. Speed: rounds that visit every contender in turn, so load from other processes on a shared
  //    machine hits them all alike; medians per contender.
  for (let round = 1; round <= SETTINGS.runs; round++) {
    for (const p of prepared) {
      status(`speed round ${round}/${SETTINGS.runs}: ${p.c.name}…`);
      p.rates.push(await rate(p.c, lines.slice(0, p.slice.records), p.slice.bytes));
      p.small.push(await usPerRecord(p.c, p.smallSlice));
    }
    clearStatus();
    console.log(`  speed round ${round}/${SETTINGS.runs} done`);
  }

  // 3. Scaling, then one row per contender.
  console.log(header());
  const results: ContenderResult[] = [];
  for (const p of prepared) {
    status(`scaling: ${p.c.name}…`);
    const scale = await scaling(p.c, blobs, SETTINGS.stopMs);
    const result: ContenderResult = {
      name: p.c.name,
      group: p.c.group,
      config: p.c.config,
      accuracy: p.accuracy,
      firstCallMs: p.firstMs,
      throughput: { mbps: median(p.rates), runs: p.rates.length, bytes: p.slice.bytes, records: p.slice.records },
      smallUs: median(p.small),
      scaling: scale,
    };
    results.push(result);
    clearStatus();
    console.log(line(result, results.find((r) => r.name === NAIVE)!.throughput.mbps));
  }

  status('adversarial input…');
  const adversarial = pathological(quick);
  clearStatus();
  for (const p of adversarial) console.log(`adversarial: ${p.name.padEnd(22)} email rule on ${p.chars} × 'a': ${p.ms.toFixed(1)} ms`);

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
    pathological: adversarial,
  };
  const suffix = quick ? '-quick' : '';
  writeFileSync(join(BENCH_DIR, `results${suffix}.md`), markdown(report, `chart${suffix}.svg`));
  writeFileSync(join(BENCH_DIR, `chart${suffix}.svg`), chart(report));
  writeFileSync(join(BENCH_DIR, `results${suffix}.json`), JSON.stringify(report, null, 1) + '\n');
  console.log(`wrote bench/results${suffix}.md, bench/chart${suffix}.svg and bench/results${suffix}.json`);
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
