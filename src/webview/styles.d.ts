// esbuild bundles imported CSS into dist/webview/crossRef.css beside the script.
declare module '*.css';
