/**
 * Where the admin loads Monaco (the editor behind Payload's JSON and code fields) from: this CMS, which serves the
 * `monaco-editor` package's own build. Left alone, @monaco-editor/react fetches it from cdn.jsdelivr.net, an outside
 * request from every admin page that shows such a field (and none at all on a network that blocks the CDN).
 */
export const MONACO_VS_PATH = '/vendor/monaco-editor/vs';
