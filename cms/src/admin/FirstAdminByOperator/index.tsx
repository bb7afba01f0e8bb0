import React from 'react';
import type { AdminViewServerProps } from 'payload';
import { CreateFirstUserView } from '@payloadcms/next/views';
import { readCmsEnv } from '../../env.ts';
import { CREATE_ADMIN_COMMAND } from '../../collections/Users/firstAdmin.ts';

const { runtime } = readCmsEnv();

/**
 * Payload's "create first user" screen, which it shows at every admin address while the users table is empty. In
 * production that form would hand the CMS to whoever opens it first (its endpoint is refused there anyway), so the
 * page says how the first admin is made instead; elsewhere Payload's own form is kept.
 */
export function FirstAdminByOperator(props: AdminViewServerProps) {
  if (runtime !== 'production') return <CreateFirstUserView {...props} />;
  return (
    <div>
      <h1>This CMS has no users yet</h1>
      <p>
        For safety, the first admin is not created in the browser. Whoever runs this CMS creates it on the server with:
      </p>
      <pre>
        <code>{CREATE_ADMIN_COMMAND}</code>
      </pre>
      <p>
        The command asks for the password (it is not shown as it is typed). Once the admin exists, this address shows
        the <a href={`${props.payload.config.routes.admin}/login`}>sign-in page</a>.
      </p>
    </div>
  );
}
