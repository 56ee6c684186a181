// Shows rich text as the server returned it: sanitized on every write through the server's allowlist
// (server/lib/richtext.ts), so it is safe to insert as HTML. Nothing else may be passed here.
import { Typography } from '@mantine/core'

export function RichTextView({ html }: { html: string }) {
  return (
    <Typography>
      <div className="rich-text" dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  )
}
