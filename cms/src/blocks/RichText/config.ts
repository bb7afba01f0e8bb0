import type { Block } from 'payload';
import { lexicalHTMLField } from '@payloadcms/richtext-lexical';
import { withSafeLinks } from '../../fields/richTextLinks.ts';

/** Paragraphs, headings, lists and links, as in a story's text (the same link rule, the same HTML for the sites). */
export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: 'Text', plural: 'Text' },
  fields: [withSafeLinks({ name: 'content', label: 'Text', type: 'richText', required: true }), lexicalHTMLField({ htmlFieldName: 'contentHtml', lexicalFieldName: 'content' })],
};
