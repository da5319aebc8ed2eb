/** Starts a real backend on 127.0.0.1 with a temp data dir, the real lessons and a tiny renderer fixture. */
import { join } from 'node:path';
import { request } from 'node:http';
import { afterEach } from 'vitest';
import { startBackend, type Backend, type BackendOptions } from '../../src-main/server/backend.js';

export const projectRoot = join(import.meta.dirname, '..', '..');

export interface TestBackend extends Backend {
  api(path: string, init?: RequestInit): Promise<Response>;
  putDraft(lessonId: string, path: string, content: string): Promise<Response>;
}

export function useBackend(): (dataDir: string, lessonsDir?: string, overrides?: Partial<BackendOptions>) => Promise<TestBackend> {
  const started: Backend[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((backend) => backend.close()));
  });
  return async (dataDir, lessonsDir = join(projectRoot, 'lessons'), overrides = {}) => {
    const backend = await startBackend({
      dataDir,
      lessonsDir,
      rendererDir: join(projectRoot, 'test', 'fixtures', 'renderer'),
      runtimeModulesDir: join(projectRoot, 'node_modules'),
      log: () => undefined,
      ...overrides,
    });
    started.push(backend);
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`http://127.0.0.1:${backend.port}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json', ...init.headers },
      });
    const putDraft = (lessonId: string, path: string, content: string) =>
      api(`/api/lessons/${lessonId}/files/${path}`, { method: 'PUT', body: JSON.stringify({ content }) });
    return Object.assign(backend, { api, putDraft });
  };
}

/** node:http, because fetch will not let a test send a forged Host header. */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.rawHeaders.join('\n') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
