export { collections } from '@bfp/content/collections';
