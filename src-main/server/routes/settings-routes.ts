import { SaveSettingRequestSchema, SettingKeySchema, type SettingsResponse } from '../../contract/api.js';
import { HttpError } from '../http/http-error.js';
import { readJsonBody } from '../http/read-body.js';
import { sendJson, sendNoContent } from '../http/respond.js';
import type { Router } from '../http/router.js';
import type { Services } from '../services.js';

/** Settings are small: a layout or a theme name, never a file. */
const MAX_SETTING_BYTES = 16 * 1024;

export function addSettingsRoutes(router: Router, services: Services): void {
  router.add('GET', /^\/api\/settings$/, ({ res }) => {
    const body: SettingsResponse = { settings: services.store.settings.all() };
    sendJson(res, 200, body);
  });

  router.add('PUT', /^\/api\/settings\/(?<key>[^/]+)$/, async ({ req, res, params }) => {
    const key = SettingKeySchema.safeParse(params.key);
    if (!key.success) throw new HttpError(400, `"${params.key}" is not a valid setting name.`);
    const { value } = await readJsonBody(req, SaveSettingRequestSchema, MAX_SETTING_BYTES);
    services.store.settings.set(key.data, value);
    sendNoContent(res);
  });
}
