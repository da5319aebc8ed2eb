/** Everything the app shares: one API client, one event socket, one autosave queue, preferences, progress. */
import { createContext, useContext } from 'react';
import { createApiClient, type ApiClient } from '../api/client.js';
import { EventStream } from '../api/events.js';
import { eventsSocketUrl } from '../api/paths.js';
import { AutosaveQueue } from '../features/editor/autosave-queue.js';
import { ProgressStore } from '../features/progress/progress-store.js';
import { PreferencesStore } from './preferences.js';

export interface Services {
  client: ApiClient;
  events: EventStream;
  autosave: AutosaveQueue;
  preferences: PreferencesStore;
  progress: ProgressStore;
}

export function createServices(token: string): Services {
  const client = createApiClient(token);
  const events = new EventStream(eventsSocketUrl(window.location), token);
  const autosave = new AutosaveQueue((key, content, options) => client.saveFile(key.lessonId, key.path, content, options));
  const progress = new ProgressStore(client);
  events.subscribe((event) => progress.onServerEvent(event));
  return { client, events, autosave, preferences: new PreferencesStore(client), progress };
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesContext provider');
  return services;
}
