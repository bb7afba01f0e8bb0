import { lexicalHTMLField } from '@payloadcms/richtext-lexical';
import type { BlockConfig } from '../fields.ts';

/** Paragraphs, headings, lists and links, as in a story's text (the same link rule, the same HTML for the sites). */
export const config: BlockConfig = ({ withSafeLinks }) => ({
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: 'Text', plural: 'Text' },
  fields: [
    withSafeLinks({ name: 'content', label: 'Text', type: 'richText', required: true }),
    lexicalHTMLField({ htmlFieldName: 'contentHtml', lexicalFieldName: 'content' }),
  ],
});
