// npm run bench -- <name> [options]: runs bench/<name>.ts (tree, rollup, import, showcase). Each prints JSON.
const benchmarks = ['tree', 'rollup', 'import', 'showcase']
const chosen = process.argv[2]
if (!chosen || !benchmarks.includes(chosen)) {
  console.error(`Usage: npm run bench -- <${benchmarks.join('|')}> [options]`)
  process.exit(2)
}
process.argv.splice(2, 1)
await import(`./${chosen}.ts`)

export {}
