import { describe, expect, it } from 'vitest'
import {
  attachmentProblem, caseAttachmentUrl, declaredType, feedbackFormData, fittedSize, formatFileSize, publicAttachmentUrl, shrinkPhoto, withinCount,
} from './attachments.ts'

const MB = 1024 * 1024
const file = (name: string, type: string, size: number) => ({ name, type, size })

describe('feedback attachments in the browser', () => {
  it('takes photos and PDFs by type (or extension when the phone gives none), PDFs up to 5 MB, photos up to 5 MB once shrunk', () => {
    expect(attachmentProblem(file('a.jpg', 'image/jpeg', 8 * MB), false)).toBeNull()
    expect(attachmentProblem(file('a.jpg', 'image/jpeg', 8 * MB), true)).toBe('size')
    expect(attachmentProblem(file('a.jpg', 'image/jpeg', 50 * MB), false)).toBe('size')
    expect(attachmentProblem(file('don.pdf', 'application/pdf', 6 * MB), false)).toBe('size')
    expect(attachmentProblem(file('don.pdf', '', MB), false)).toBeNull()
    expect(attachmentProblem(file('logo.svg', 'image/svg+xml', 1000), false)).toBe('type')
    expect(attachmentProblem(file('trang.html', 'text/html', 1000), false)).toBe('type')
    expect(attachmentProblem(file('anh.heic', 'image/heic', 1000), false)).toBe('type')
    expect(declaredType(file('ANH.JPEG', '', 1))).toBe('image/jpeg')
  })

  it('keeps at most three files', () => {
    expect(withinCount(['a'], ['b', 'c', 'd'])).toEqual({ kept: ['a', 'b', 'c'], overflow: ['d'] })
    expect(withinCount(['a', 'b', 'c'], ['d'])).toEqual({ kept: ['a', 'b', 'c'], overflow: ['d'] })
  })

  it('shows sizes and fits photos into 2048 px', () => {
    expect(formatFileSize(312 * 1024)).toBe('312 KB')
    expect(formatFileSize(100)).toBe('1 KB')
    expect(formatFileSize(4.24 * MB)).toBe('4,2 MB')
    expect(fittedSize(4000, 3000)).toEqual({ width: 2048, height: 1536 })
    expect(fittedSize(1000, 3000)).toEqual({ width: 683, height: 2048 })
    expect(fittedSize(800, 600)).toEqual({ width: 800, height: 600 })
  })

  it('sends the same fields as the JSON body, then the files', async () => {
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'ảnh.jpg', { type: 'image/jpeg' })
    const form = feedbackFormData({ categoryId: 'c', communeId: 'x', content: 'nội dung', anonymous: false, name: undefined, phone: '' }, [photo])
    expect([...form.keys()]).toEqual(['categoryId', 'communeId', 'content', 'anonymous', 'files'])
    expect(form.get('anonymous')).toBe('false')
    expect((form.get('files') as File).name).toBe('ảnh.jpg')
    // Without a canvas (or anything else failing) the photo goes as it is.
    const big = new File([new Uint8Array(600 * 1024)], 'lon.jpg', { type: 'image/jpeg' })
    expect(await shrinkPhoto(big)).toBe(big)
  })

  it('builds the addresses of a case\'s files', () => {
    expect(caseAttachmentUrl('c1', 'a1')).toBe('/api/v1/feedback/c1/attachments/a1')
    expect(publicAttachmentUrl('ABCD EFGH', 'a1')).toBe('/api/v1/public/feedback/ABCD%20EFGH/attachments/a1')
  })
})
