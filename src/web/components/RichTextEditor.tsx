// The rich-text editor of stories (a model's story, an article's body): paragraphs, two heading levels, emphasis,
// lists, quotes and links — the same subset the server's sanitizer keeps (server/lib/richtext.ts), so what is typed is
// what is saved. Loaded only by the pages that edit (tiptap is large).
import '@mantine/tiptap/styles.css'
import { Input } from '@mantine/core'
import { Link, RichTextEditor as MantineRte } from '@mantine/tiptap'
import { useEditor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { useEffect, useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'

export interface RichTextEditorProps {
  label: string
  /** HTML (as the server returned it after sanitizing). */
  value: string
  onChange: (html: string) => void
  description?: string
  error?: string | null
  required?: boolean
  /** Minimum height of the writing area, in px. */
  minHeight?: number
}

export function RichTextEditor({ label, value, onChange, description, error, required, minHeight = 220 }: RichTextEditorProps) {
  const { t } = useTranslation()
  const labelId = useId()
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ link: false, code: false, codeBlock: false, horizontalRule: false, heading: { levels: [2, 3] } }),
      Link.configure({ openOnClick: false, protocols: ['http', 'https', 'mailto'] }),
    ],
    content: value,
    immediatelyRender: false,
    editorProps: { attributes: { 'aria-labelledby': labelId, 'aria-multiline': 'true', role: 'textbox' } },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  })
  // A value replaced from outside (loaded, reset) is shown; the editor's own typing is not fed back.
  useEffect(() => {
    if (editor && !editor.isFocused && value !== editor.getHTML() && !(value === '' && editor.isEmpty)) {
      editor.commands.setContent(value, { emitUpdate: false })
    }
  }, [editor, value])
  const labels = useMemo(
    () => ({
      boldControlLabel: t('richText.bold'),
      italicControlLabel: t('richText.italic'),
      underlineControlLabel: t('richText.underline'),
      strikeControlLabel: t('richText.strike'),
      clearFormattingControlLabel: t('richText.clear'),
      linkControlLabel: t('richText.link'),
      unlinkControlLabel: t('richText.unlink'),
      bulletListControlLabel: t('richText.bulletList'),
      orderedListControlLabel: t('richText.orderedList'),
      blockquoteControlLabel: t('richText.quote'),
      h2ControlLabel: t('richText.h2'),
      h3ControlLabel: t('richText.h3'),
      undoControlLabel: t('richText.undo'),
      redoControlLabel: t('richText.redo'),
      linkEditorInputLabel: t('richText.linkInput'),
      linkEditorInputPlaceholder: 'https://…',
      linkEditorExternalLink: t('richText.linkExternal'),
      linkEditorInternalLink: t('richText.linkInternal'),
      linkEditorSave: t('richText.save'),
    }),
    [t],
  )
  return (
    <Input.Wrapper label={<span id={labelId}>{label}</span>} description={description} error={error} required={required}>
      <MantineRte editor={editor} labels={labels} mt={4}>
        <MantineRte.Toolbar>
          <MantineRte.ControlsGroup>
            <MantineRte.Bold />
            <MantineRte.Italic />
            <MantineRte.Underline />
            <MantineRte.Strikethrough />
            <MantineRte.ClearFormatting />
          </MantineRte.ControlsGroup>
          <MantineRte.ControlsGroup>
            <MantineRte.H2 />
            <MantineRte.H3 />
            <MantineRte.Blockquote />
            <MantineRte.BulletList />
            <MantineRte.OrderedList />
          </MantineRte.ControlsGroup>
          <MantineRte.ControlsGroup>
            <MantineRte.Link />
            <MantineRte.Unlink />
          </MantineRte.ControlsGroup>
          <MantineRte.ControlsGroup>
            <MantineRte.Undo />
            <MantineRte.Redo />
          </MantineRte.ControlsGroup>
        </MantineRte.Toolbar>
        <MantineRte.Content mih={minHeight} />
      </MantineRte>
    </Input.Wrapper>
  )
}
