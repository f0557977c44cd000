// Side-effect imports the bundler resolves: the stylesheet (esbuild emits structures.css).
declare module '*.css';
