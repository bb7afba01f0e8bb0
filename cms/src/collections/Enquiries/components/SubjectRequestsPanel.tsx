'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button, toast, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui';

/**
 * Sidebar panel on an enquiry for admins: export the person's data, or erase the enquiry after typing its reference.
 * Convenience only: the endpoints refuse anyone but an admin whatever this panel shows.
 */
export function SubjectRequestsPanel() {
  const { user } = useAuth<{ role?: string }>();
  const { id, initialData } = useDocumentInfo();
  const { config } = useConfig();
  const router = useRouter();
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (user?.role !== 'admin' || id === undefined || id === null) return null;
  const reference = String(initialData?.reference ?? '');
  const endpoint = `${config.serverURL}${config.routes.api}/enquiries/${id}`;
  const matches = confirm.trim().toUpperCase() === reference.toUpperCase() && reference !== '';

  async function erase() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`${endpoint}/erase`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ confirm }),
      });
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      if (!response.ok) throw new Error(body.message ?? `The erasure failed (${response.status})`);
      toast.success(body.message ?? `Enquiry ${reference} has been erased.`);
      router.push(`${config.routes.admin}/collections/enquiries`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="subject-requests-heading" style={{ marginBottom: 'var(--base)' }}>
      <h4 id="subject-requests-heading">Data protection requests</h4>
      <p style={{ color: 'var(--theme-elevation-500)' }}>
        For a carer’s subject access or erasure request. Each action is recorded in the data protection log.
      </p>
      <Button el="anchor" url={`${endpoint}/subject-export`} buttonStyle="secondary" size="small">
        Download this person’s data (JSON)
      </Button>
      <label htmlFor="erase-confirm" style={{ display: 'block', marginTop: 'var(--base)' }}>
        To erase this enquiry, type its reference ({reference})
      </label>
      <input
        id="erase-confirm"
        type="text"
        autoComplete="off"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        aria-describedby={error ? 'erase-error' : undefined}
        style={{ width: '100%', margin: 'calc(var(--base) / 4) 0' }}
      />
      {error && (
        <p id="erase-error" role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      <Button buttonStyle="error" size="small" disabled={!matches || busy} onClick={erase}>
        {busy ? 'Erasing…' : 'Erase this enquiry'}
      </Button>
    </section>
  );
}
