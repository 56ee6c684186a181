// `npm run dev`: the server straight from the sources, with the demo province on an empty database.
import { loadConfig } from './config.ts'
import { serve } from './serve.ts'

await serve(loadConfig(), { demo: true, build: false })
