'use client';
import type { DefaultCellComponentProps } from 'payload';

/** "Overdue" as a badge a team member cannot miss, and nothing at all when it is not, instead of true/false. */
export function OverdueCell({ cellData }: DefaultCellComponentProps) {
  if (cellData !== true) return null;
  return (
    <span
      style={{
        display: 'inline-block',
        padding: '0.1rem 0.5rem',
        borderRadius: '1rem',
        background: '#b00020',
        color: '#ffffff',
        fontWeight: 600,
      }}
    >
      Overdue
    </span>
  );
}
