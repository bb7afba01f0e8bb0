import type { Payload } from 'payload';
import { mayPreview } from '../../access/roles.ts';

/**
 * A preview build reads drafts with the token in its job, so before anything is built the worker asks Payload itself
 * whose token it is: the JWT's signature and expiry, and that its session is still open (a logged-out token has
 * none). Only a current session of an editor or admin may have drafts built into a preview; a job that names any
 * other token fails with the reason and builds nothing.
 */
export async function confirmPreviewEditor(payload: Payload, token: string): Promise<void> {
  // No `req`: the job's own request must not take on the editor's identity.
  const { user } = await payload.auth({
    headers: new Headers({ Authorization: `JWT ${token}`, DisableAutologin: 'true' }),
  });
  if (!user)
    throw new Error(
      'The preview was not built: its token is not a signed-in session (expired, logged out or not issued by this CMS). Sign in again and press Preview.',
    );
  if (!mayPreview(user))
    throw new Error(
      `The preview was not built: ${String(user.email ?? `user ${user.id}`)} may not preview drafts (previews are for editors and admins).`,
    );
}
