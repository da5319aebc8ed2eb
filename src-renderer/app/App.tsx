import { useEffect, useState } from 'react';
import { MissingToken } from './MissingToken.js';
import { createServices, ServicesContext } from './services.js';
import { Shell } from './Shell.js';

export function App({ token }: { token: string | undefined }) {
  const [services] = useState(() => (token ? createServices(token) : null));

  useEffect(() => {
    if (!services) return;
    services.events.start();
    const flush = () => services.autosave.flushForUnload();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void services.autosave.flush().catch(() => undefined);
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
      services.events.stop();
    };
  }, [services]);

  if (!services) return <MissingToken reason="missing" />;
  return (
    <ServicesContext.Provider value={services}>
      <Shell />
    </ServicesContext.Provider>
  );
}
