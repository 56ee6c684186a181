/** Median and 95th percentile (nearest rank) wall time in ms of `runs` calls, after one warm-up call, to 0.01 ms. */
export async function timings(fn: () => Promise<unknown>, runs: number): Promise<{ median_ms: number; p95_ms: number }> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 100) / 100
  return { median_ms: round(times[Math.floor(times.length / 2)]), p95_ms: round(times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]) }
}

/** Median wall time in ms of `runs` calls, after one warm-up call, rounded to 0.01 ms. */
export async function median(fn: () => Promise<unknown>, runs: number): Promise<number> {
  return (await timings(fn, runs)).median_ms
}
