// Payload's generated types, made Payload's own inside the CMS (see `typescript.declare` in payload.config.ts).
import type { Config } from './payload-types.ts';

declare module 'payload' {
  export interface GeneratedTypes extends Config {}
}
