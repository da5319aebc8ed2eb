/** Shown when the page has no usable API token: it was opened some other way than the printed URL. */
export function MissingToken({ reason }: { reason: 'missing' | 'rejected' }) {
  return (
    <main className="gate">
      <div className="gate-card">
        <h1>{reason === 'missing' ? 'Open Backend Sandbox from its own link' : 'This page’s access key has expired'}</h1>
        <p>
          {reason === 'missing'
            ? 'This page needs the private access key that Backend Sandbox hands out when it starts.'
            : 'Backend Sandbox was restarted, so the key this page was opened with no longer works.'}
        </p>
        <p>
          Run <code>npm start</code> in the project folder and open the URL it prints (it starts with{' '}
          <code>http://127.0.0.1:</code> and ends with <code>#token=…</code>).
        </p>
      </div>
    </main>
  );
}
