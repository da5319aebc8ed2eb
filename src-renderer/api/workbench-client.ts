/**
 * The workbench part of the one API client: the lesson database, the HTTP and WebSocket clients
 * that talk to the learner's server, and the timeline. Routes and shapes: `contract/workbench.ts`.
 */
import type {
  DbCellRequest,
  DbCellResponse,
  DbDeleteRequest,
  DbDeleteResponse,
  DbInsertRequest,
  DbPage,
  DbPageRequest,
  DbRowResponse,
  DbSchema,
  DbUpdateRequest,
  ExportFormat,
  HttpHistoryResponse,
  HttpSendRequest,
  HttpSendResult,
  SqlHistoryResponse,
  SqlRunRequest,
  SqlRunResult,
  TimelineResponse,
  WsClientsResponse,
  WsClientState,
  WsCloseRequest,
  WsOpenRequest,
  WsSendRequest,
} from '../../src-main/contract/workbench.js';
import type { RequestOptions, Transport } from './client.js';
import { lessonApiPath, tableApiPath, wsClientApiPath } from './paths.js';

/** A file the backend made (an export), ready to hand to the browser as a download. */
export interface ExportedFile {
  blob: Blob;
  fileName: string;
  /** The backend stopped at its row limit. */
  truncated: boolean;
}

export interface WorkbenchClient {
  getSchema(lessonId: string, options?: RequestOptions): Promise<DbSchema>;
  getPage(lessonId: string, table: string, request: DbPageRequest, options?: RequestOptions): Promise<DbPage>;
  getCell(lessonId: string, table: string, request: DbCellRequest, options?: RequestOptions): Promise<DbCellResponse>;
  insertRow(lessonId: string, table: string, request: DbInsertRequest): Promise<DbRowResponse>;
  updateCell(lessonId: string, table: string, request: DbUpdateRequest): Promise<DbRowResponse>;
  deleteRows(lessonId: string, table: string, request: DbDeleteRequest): Promise<DbDeleteResponse>;
  exportTable(lessonId: string, table: string, format: ExportFormat): Promise<ExportedFile>;
  runSql(lessonId: string, request: SqlRunRequest, options?: RequestOptions): Promise<SqlRunResult>;
  exportSql(lessonId: string, sql: string, format: ExportFormat): Promise<ExportedFile>;
  getSqlHistory(lessonId: string, options?: RequestOptions): Promise<SqlHistoryResponse>;
  sendHttp(lessonId: string, request: HttpSendRequest, options?: RequestOptions): Promise<HttpSendResult>;
  getHttpHistory(lessonId: string, options?: RequestOptions): Promise<HttpHistoryResponse>;
  clearHttpHistory(lessonId: string): Promise<void>;
  openWs(lessonId: string, request: WsOpenRequest): Promise<WsClientState>;
  listWs(lessonId: string, options?: RequestOptions): Promise<WsClientsResponse>;
  sendWs(lessonId: string, clientId: string, request: WsSendRequest): Promise<void>;
  closeWs(lessonId: string, clientId: string, request: WsCloseRequest): Promise<void>;
  getTimeline(lessonId: string, options?: RequestOptions): Promise<TimelineResponse>;
}

export function createWorkbenchClient({ request, json }: Transport): WorkbenchClient {
  const database = (lessonId: string) => `${lessonApiPath(lessonId)}/database`;

  async function download(method: string, path: string, body: unknown, fallbackName: string): Promise<ExportedFile> {
    const response = await request(method, path, body);
    return {
      blob: await response.blob(),
      fileName: fileNameFrom(response.headers.get('content-disposition')) ?? fallbackName,
      truncated: response.headers.get('x-rows-truncated') === 'true',
    };
  }

  return {
    getSchema: (lessonId, options) => json<DbSchema>('GET', `${database(lessonId)}/schema`, undefined, options),
    getPage: (lessonId, table, body, options) => json<DbPage>('POST', `${tableApiPath(lessonId, table)}/page`, body, options),
    getCell: (lessonId, table, body, options) => json<DbCellResponse>('POST', `${tableApiPath(lessonId, table)}/cell`, body, options),
    insertRow: (lessonId, table, body) => json<DbRowResponse>('POST', `${tableApiPath(lessonId, table)}/rows`, body),
    updateCell: (lessonId, table, body) => json<DbRowResponse>('PATCH', `${tableApiPath(lessonId, table)}/rows`, body),
    deleteRows: (lessonId, table, body) => json<DbDeleteResponse>('POST', `${tableApiPath(lessonId, table)}/rows/delete`, body),
    exportTable: (lessonId, table, format) =>
      download('GET', `${tableApiPath(lessonId, table)}/export?format=${format}`, undefined, `${table}.${format}`),
    runSql: (lessonId, body, options) => json<SqlRunResult>('POST', `${database(lessonId)}/sql`, body, options),
    exportSql: (lessonId, sql, format) => download('POST', `${database(lessonId)}/sql/export`, { sql, format }, `query.${format}`),
    getSqlHistory: (lessonId, options) => json<SqlHistoryResponse>('GET', `${database(lessonId)}/sql/history`, undefined, options),
    sendHttp: (lessonId, body, options) => json<HttpSendResult>('POST', `${lessonApiPath(lessonId)}/http`, body, options),
    getHttpHistory: (lessonId, options) => json<HttpHistoryResponse>('GET', `${lessonApiPath(lessonId)}/http/history`, undefined, options),
    async clearHttpHistory(lessonId) {
      await request('DELETE', `${lessonApiPath(lessonId)}/http/history`);
    },
    openWs: (lessonId, body) => json<WsClientState>('POST', `${lessonApiPath(lessonId)}/ws`, body),
    listWs: (lessonId, options) => json<WsClientsResponse>('GET', `${lessonApiPath(lessonId)}/ws`, undefined, options),
    async sendWs(lessonId, clientId, body) {
      await request('POST', `${wsClientApiPath(lessonId, clientId)}/send`, body);
    },
    async closeWs(lessonId, clientId, body) {
      await request('POST', `${wsClientApiPath(lessonId, clientId)}/close`, body);
    },
    getTimeline: (lessonId, options) => json<TimelineResponse>('GET', `${lessonApiPath(lessonId)}/timeline`, undefined, options),
  };
}

/** `attachment; filename="todos.csv"` → `todos.csv`. */
export function fileNameFrom(disposition: string | null): string | undefined {
  const match = disposition ? /filename="([^"]+)"/.exec(disposition) : null;
  return match?.[1];
}
