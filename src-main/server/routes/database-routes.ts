/** The database inspector: schema, pages, cells, edits, the SQL console and exports of the lesson's own database. */
import {
  DbCellRequestSchema,
  DbDeleteRequestSchema,
  DbInsertRequestSchema,
  DbPageRequestSchema,
  DbUpdateRequestSchema,
  ExportFormatSchema,
  SqlExportRequestSchema,
  SqlRunRequestSchema,
  type DbCellResponse,
  type SqlHistoryResponse,
} from '../../contract/workbench.js';
import type { ExportFile } from '../../workbench/export-rows.js';
import { HttpError } from '../http/http-error.js';
import { readJsonBody } from '../http/read-body.js';
import { sendBytes, sendJson } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { requireLesson, type Services } from '../services.js';
import { LESSON_ID } from './lesson-routes.js';

const DATABASE = `^/api/lessons/${LESSON_ID}/database`;
const TABLE = `${DATABASE}/tables/(?<table>[^/]+)`;
/** A 16 MiB cell, base64-encoded and escaped, fits. */
const MAX_EDIT_BODY_BYTES = 24 * 1024 * 1024;

export function addDatabaseRoutes(router: Router, services: Services): void {
  const inspector = services.workbench.inspector;

  router.add('GET', new RegExp(`${DATABASE}/schema$`), async ({ res, params }) => {
    sendJson(res, 200, await inspector.schema(requireLesson(services, params.lessonId!)));
  });

  router.add('POST', new RegExp(`${TABLE}/page$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    sendJson(res, 200, await inspector.page(lesson, params.table!, await readJsonBody(req, DbPageRequestSchema)));
  });

  router.add('POST', new RegExp(`${TABLE}/cell$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const body: DbCellResponse = { value: await inspector.cell(lesson, params.table!, await readJsonBody(req, DbCellRequestSchema)) };
    sendJson(res, 200, body);
  });

  router.add('POST', new RegExp(`${TABLE}/rows$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    sendJson(res, 201, await inspector.insert(lesson, params.table!, await readJsonBody(req, DbInsertRequestSchema, MAX_EDIT_BODY_BYTES)));
  });

  router.add('PATCH', new RegExp(`${TABLE}/rows$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    sendJson(res, 200, await inspector.update(lesson, params.table!, await readJsonBody(req, DbUpdateRequestSchema, MAX_EDIT_BODY_BYTES)));
  });

  router.add('POST', new RegExp(`${TABLE}/rows/delete$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    sendJson(res, 200, await inspector.delete(lesson, params.table!, await readJsonBody(req, DbDeleteRequestSchema)));
  });

  router.add('GET', new RegExp(`${TABLE}/export$`), async ({ res, params, url }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const format = ExportFormatSchema.safeParse(url.searchParams.get('format') ?? 'csv');
    if (!format.success) throw new HttpError(400, 'Export as format=csv or format=json.');
    sendFile(res, params.table!, format.data, await inspector.exportTable(lesson, params.table!, format.data));
  });

  router.add('POST', new RegExp(`${DATABASE}/sql$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const { sql, maxRows } = await readJsonBody(req, SqlRunRequestSchema);
    sendJson(res, 200, await inspector.runSql(lesson, sql, maxRows));
  });

  router.add('POST', new RegExp(`${DATABASE}/sql/export$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const { sql, format } = await readJsonBody(req, SqlExportRequestSchema);
    sendFile(res, 'query', format, await inspector.exportSql(lesson, sql, format));
  });

  router.add('GET', new RegExp(`${DATABASE}/sql/history$`), ({ res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const body: SqlHistoryResponse = { entries: services.store.sqlHistory.forLesson(lesson.id) };
    sendJson(res, 200, body);
  });
}

function sendFile(res: Parameters<typeof sendBytes>[0], name: string, format: string, file: ExportFile): void {
  // Only safe characters in the header; the name is the learner's table name.
  const fileName = `${name.replace(/[^A-Za-z0-9_.-]/g, '_') || 'export'}.${format}`;
  sendBytes(res, 200, file.contentType, file.body, {
    'cache-control': 'no-store',
    'content-disposition': `attachment; filename="${fileName}"`,
    ...(file.truncated ? { 'x-rows-truncated': 'true' } : {}),
  });
}
