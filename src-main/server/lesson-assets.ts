/**
 * A lesson's pictures, from its `assets/` folder, at `/lesson-assets/<track>/<lesson>/<file>`.
 * No token: an <img> cannot send one, and lesson content is no secret; the Host check still
 * applies. Pictures only, and served so that an SVG opened on its own cannot run script on our origin.
 */
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { LESSON_ASSETS_PREFIX } from '../contract/api.js';
import type { Catalog } from '../lessons/catalog.js';
import { sendError } from './http/respond.js';
import { sendFileInside } from './static-files.js';

const ASSET_PATH = new RegExp(`^${LESSON_ASSETS_PREFIX}(?<lessonId>[a-z0-9-]+/[a-z0-9-]+)(?<file>/.+)$`);
const PICTURE_HEADERS = { 'cache-control': 'no-cache', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" };

export function isLessonAssetPath(pathname: string): boolean {
  return pathname.startsWith(LESSON_ASSETS_PREFIX);
}

export async function serveLessonAsset(catalog: Catalog, pathname: string, res: ServerResponse): Promise<void> {
  const match = ASSET_PATH.exec(pathname);
  const lesson = match ? catalog.find(match.groups!.lessonId!) : undefined;
  if (!match || !lesson) {
    sendError(res, 404, 'Not found.');
    return;
  }
  await sendFileInside(join(lesson.dir, 'assets'), match.groups!.file!, res, (type) =>
    type.startsWith('image/') ? PICTURE_HEADERS : { 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'" },
  );
}
