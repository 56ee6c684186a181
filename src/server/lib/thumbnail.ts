// The small copy of a photo for lists and slow phones (models' and stories' photos): WebP, at most 480 px wide and
// twice as tall, never enlarged. Made once at upload, from the already re-encoded photo (no metadata left).
import sharp from 'sharp'

export const THUMB_WIDTH = 480

export async function makeThumbnail(photo: Buffer): Promise<Buffer> {
  return sharp(photo).resize({ width: THUMB_WIDTH, height: THUMB_WIDTH * 2, fit: 'inside', withoutEnlargement: true }).webp({ quality: 72 }).toBuffer()
}
