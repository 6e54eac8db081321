// Renders a Markdown page as CommonMark (markdown-it, raw HTML allowed, as
// many sites do) and compiles it as MDX; prints a JSON report.
// Usage: node check-markdown.mjs PAGE.md
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { evaluate } from '@mdx-js/mdx';

const source = readFileSync(process.argv[2], 'utf8');
const html = new MarkdownIt({ html: true }).render(source);
const report = {
  scriptTags: (html.match(/<script/gi) || []).length,
  otherTags: (html.match(/<(b|i|img|iframe)\b/gi) || []).length,
  mdxError: null,
};
// A minimal JSX runtime: MDX compiles the page to code and running it
// fails ("memberRef is not defined") if the text became an expression.
const text = (node) => node == null || typeof node === 'boolean' ? ''
  : Array.isArray(node) ? node.map(text).join('')
  : typeof node === 'object' ? text(node.props.children) : String(node);
const jsx = (type, props) => {
  if (typeof type === 'function') return type(props);
  if (type === 'script') report.mdxScripts = (report.mdxScripts || 0) + 1;
  return { type, props };
};
try {
  const { default: Content } = await evaluate(source, { Fragment: 'fragment', jsx, jsxs: jsx, jsxDEV: jsx });
  report.mdxText = text(Content({}));
} catch (e) {
  report.mdxError = String(e.message || e);
}
console.log(JSON.stringify(report));
