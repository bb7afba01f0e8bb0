import React from 'react';
import styles from './EnquiryDashboard.module.css';

export interface StatsColumn {
  key: string;
  heading: React.ReactNode;
}

export interface StatsCell {
  content: React.ReactNode;
  className?: string;
}

export interface StatsRow {
  key: string;
  label: string;
  /** One cell per column, in the columns' order. */
  cells: readonly StatsCell[];
}

/**
 * Every table on the dashboard: a caption, a heading per column and a heading per row, so screen readers announce
 * both headers with every count and the bars drawn in the cells are never the only way to read a number.
 * A wide table (`scrollRegionId`) scrolls sideways in a region named by its caption and reachable by keyboard,
 * because a scrolling area nobody can focus cannot be scrolled without a mouse.
 */
export function StatsTable({
  caption,
  rowHeading,
  columns,
  rows,
  className,
  scrollRegionId,
}: {
  caption: string;
  rowHeading: string;
  columns: readonly StatsColumn[];
  rows: readonly StatsRow[];
  className?: string;
  scrollRegionId?: string;
}) {
  const table = (
    <table className={className ? `${styles.table} ${className}` : styles.table}>
      <caption id={scrollRegionId}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {columns.map((column) => (
            <th scope="col" key={column.key}>
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, index) => (
              <td key={columns[index]?.key ?? index} className={cell.className}>
                {cell.content}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scrollRegionId) return table;
  return (
    <div className={styles.scroll} role="region" aria-labelledby={scrollRegionId} tabIndex={0}>
      {table}
    </div>
  );
}
