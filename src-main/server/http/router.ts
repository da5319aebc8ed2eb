/**
 * A deliberately small router: the API has a handful of routes, and a table of
 * method + pattern → handler is easier to read and audit than a framework.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-error.js';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** Named groups of the route's pattern, already URI-decoded. */
  params: Record<string, string>;
  url: URL;
}

export type RouteHandler = (context: RouteContext) => Promise<void> | void;

interface Route {
  method: string;
  pattern: RegExp;
  handler: RouteHandler;
}

export type RouteMatch = { handler: RouteHandler; params: Record<string, string> } | 'method-not-allowed' | undefined;

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: RegExp, handler: RouteHandler): this {
    this.routes.push({ method, pattern, handler });
    return this;
  }

  match(method: string, pathname: string): RouteMatch {
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      return { handler: route.handler, params: decodeParams(match.groups ?? {}) };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}

function decodeParams(groups: Record<string, string | undefined>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(groups)) {
    if (value === undefined) continue;
    try {
      params[name] = decodeURIComponent(value);
    } catch {
      throw new HttpError(400, 'The URL is not correctly encoded.');
    }
  }
  return params;
}
