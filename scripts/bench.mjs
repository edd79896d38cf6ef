#!/usr/bin/env node
// `npm run bench`: decide() and nextQuestion() on 100,000 seeded random answer sets.
// Prints calls per second and the 99th-percentile time of one call. Loads the engine's
// TypeScript through Vite (no build step), exactly as the app uses it.
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

const N = Number(process.env.BENCH_N ?? 100_000);
const server = await createServer({
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
});
const engine = await server.ssrLoadModule('/src/engine/index.ts');
await server.close();

/** mulberry32: a tiny seeded generator, so every run measures the same answers. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20261122);
const pick = (list) => list[Math.floor(random() * list.length)];
const subset = (list, min) => {
  const chosen = list.filter(() => random() < 0.3);
  return chosen.length >= min ? chosen : [pick(list)];
};

const answerSets = Array.from({ length: N }, () => {
  const answers = {};
  for (const [question, options] of Object.entries(engine.OPTIONS)) {
    if (random() < 0.15) continue; // some questions not answered yet
    answers[question] = question === 'contentKinds' ? subset(options, 1) : pick(options);
  }
  if (random() < 0.5) answers.done = subset(engine.STEP_IDS, 0);
  return answers;
});

function measure(name, fn) {
  for (let i = 0; i < 2000; i += 1) fn(answerSets[i]); // warm-up
  const times = new Float64Array(N);
  const started = performance.now();
  for (let i = 0; i < N; i += 1) {
    const t0 = performance.now();
    fn(answerSets[i]);
    times[i] = performance.now() - t0;
  }
  const total = performance.now() - started;
  times.sort();
  const p99 = times[Math.floor(N * 0.99)];
  const result = {
    fn: name,
    calls: N,
    callsPerSecond: Math.round((N / total) * 1000),
    p99Ms: Number(p99.toFixed(4)),
    maxMs: Number(times[N - 1].toFixed(4)),
  };
  console.log(JSON.stringify(result));
  return result;
}

measure('decide', engine.decide);
measure('nextQuestion', engine.nextQuestion);
