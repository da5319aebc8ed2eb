/** The lesson's WebSocket clients: the backend's list at first, then every `ws.*` event. */
import { useEffect, useState } from 'react';
import type { WsClientState } from '../../../src-main/contract/workbench.js';
import { useServerEvents } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';
import { toView, upsertClient, wsClientsAfter, type WsClientView } from './ws-state.js';

export function useWsClients(lessonId: string) {
  const { client } = useServices();
  const [clients, setClients] = useState<WsClientView[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    client.workbench.listWs(lessonId, { signal: controller.signal }).then(
      (listed) => setClients((known) => [...listed.clients.filter((c) => !known.some((k) => k.clientId === c.clientId)).map(toView), ...known]),
      () => undefined,
    );
    return () => controller.abort();
  }, [client, lessonId]);

  useServerEvents((event) => setClients((current) => wsClientsAfter(current, event, lessonId)));

  return {
    clients,
    added: (state: WsClientState) => setClients((current) => upsertClient(current, state)),
    /** Takes a closed client off the page (the backend forgets it on its own). */
    dismiss: (clientId: string) => setClients((current) => current.filter((c) => c.clientId !== clientId)),
  };
}
