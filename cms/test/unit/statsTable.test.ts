import { describe, expect, it } from 'vitest';
import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Window } from 'happy-dom';
import { StatsTable } from '../../src/collections/Enquiries/dashboard/StatsTable.tsx';

function render(props: Parameters<typeof StatsTable>[0]): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(
    renderToStaticMarkup(React.createElement(StatsTable, props)),
    'text/html',
  ) as unknown as Document;
}

const table = {
  caption: 'Enquiries by outcome',
  rowHeading: 'Outcome',
  columns: [
    { key: 'count', heading: 'Enquiries' },
    { key: 'share', heading: 'Share' },
  ],
  rows: [
    { key: 'likely-eligible', label: 'Likely eligible', cells: [{ content: 3 }, { content: '75%' }] },
    { key: 'talk-to-us', label: 'Talk it through', cells: [{ content: 1 }, { content: '25%' }] },
  ],
};

describe("the enquiry dashboard's tables", () => {
  it('give every count a row heading and a column heading, under a caption', () => {
    const page = render(table);
    expect(page.querySelector('caption')?.textContent).toBe('Enquiries by outcome');
    expect([...page.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Outcome'],
      ['col', 'Enquiries'],
      ['col', 'Share'],
    ]);
    const rows = [...page.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('th[scope="row"]')?.textContent,
      ...[...tr.querySelectorAll('td')].map((td) => td.textContent),
    ]);
    expect(rows).toEqual([
      ['Likely eligible', '3', '75%'],
      ['Talk it through', '1', '25%'],
    ]);
    expect(page.querySelector('[role="region"]')).toBeNull();
  });

  it('let a wide table scroll in a region named by its caption that a keyboard can reach', () => {
    const page = render({ ...table, scrollRegionId: 'outcomes-caption' });
    const region = page.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-labelledby')).toBe('outcomes-caption');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.querySelector('caption')?.id).toBe('outcomes-caption');
  });
});
