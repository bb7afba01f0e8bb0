'use client';
import type { ReactNode } from 'react';
import { loader } from '@monaco-editor/react';
import { MONACO_VS_PATH } from './path.ts';

// At import, before any editor mounts: the loader reads its config once, when the first editor asks for Monaco.
if (typeof window !== 'undefined') loader.config({ paths: { vs: MONACO_VS_PATH } });

/** An admin provider with nothing to provide: importing it points Monaco at this CMS (see path.ts). */
export function LocalMonaco({ children }: { children?: ReactNode }) {
  return children;
}
