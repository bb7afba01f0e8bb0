import type { CollectionConfig } from 'payload';
import { lexicalHTMLField } from '@payloadcms/richtext-lexical';
import { anyone, isEditorOrAdmin } from '../../access/roles.ts';

/**
 * Carer stories, written once and shown on every partner site or on the partners chosen for it. Stories about
 * children are sensitive: the record says when names are changed and when content is a sample.
 */
export const Stories: CollectionConfig = {
  slug: 'stories',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'shownOn', 'isSample', 'updatedAt'] },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? true : 'Use lower-case words joined by hyphens, e.g. "tegans-story"',
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 300 },
    { name: 'body', type: 'richText', required: true },
    lexicalHTMLField({ htmlFieldName: 'bodyHtml', lexicalFieldName: 'body' }),
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      name: 'shownOn',
      type: 'select',
      required: true,
      defaultValue: 'all',
      options: [
        { label: 'All partner sites', value: 'all' },
        { label: 'Chosen partners only', value: 'chosen' },
      ],
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'partners',
      hasMany: true,
      admin: { condition: (data) => data?.shownOn === 'chosen' },
      validate: (value: unknown, { siblingData }: { siblingData: { shownOn?: string } }) =>
        siblingData.shownOn === 'chosen' && (!Array.isArray(value) || value.length === 0)
          ? 'Choose at least one partner, or show the story on all partner sites'
          : true,
    },
    {
      name: 'namesChanged',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar', description: 'Names and identifying details are changed (pseudonymous).' },
    },
    {
      name: 'isSample',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Sample content for demonstration; replace before launch.' },
    },
  ],
};
