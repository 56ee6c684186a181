/** Median wall time in ms of `runs` calls, after one warm-up call, rounded to 0.01 ms. */
export async function median(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return Math.round(times[Math.floor(times.length / 2)] * 100) / 100
}
