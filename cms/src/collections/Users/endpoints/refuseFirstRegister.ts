import type { Endpoint } from 'payload';
import { FIRST_REGISTER_REFUSED } from '../firstAdmin.ts';

/**
 * Put before Payload's own `/first-register` in production (a collection's endpoints are matched in order, custom ones
 * first), so the operation never runs, whether the users table is empty or not. A Response, not an APIError: the
 * production build turns an APIError without data into "An unknown error occurred."
 */
export const refuseFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: () =>
    Response.json(
      { errors: [{ message: FIRST_REGISTER_REFUSED }] },
      { status: 403, headers: { 'Cache-Control': 'no-store' } },
    ),
};
