/** The catalog site's stylesheet: system fonts, a sidebar layout, light and dark by the reader's setting. */
export const siteCss = `:root {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa;
  --accent: #0b5cad; --code: #f3f4f6; --green: #1a7f37; --amber: #9a6700; --red: #cf222e;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #30363d; --soft: #151b23;
    --accent: #4493f8; --code: #161b22; --green: #3fb950; --amber: #d29922; --red: #f85149; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
code { background: var(--code); padding: 0.1em 0.35em; border-radius: 4px; }
pre { background: var(--code); border: 1px solid var(--line); border-radius: 8px; padding: 0.9rem 1rem; overflow-x: auto; }
pre code { background: none; padding: 0; }
.top { display: flex; align-items: center; gap: 2rem; padding: 0.8rem 1.5rem; border-bottom: 1px solid var(--line);
  position: sticky; top: 0; background: var(--bg); z-index: 1; }
.brand { font-weight: 650; color: var(--fg); font-size: 1.1rem; }
.brand span { color: var(--muted); font-weight: 400; margin-left: 0.3rem; }
.tabs { display: flex; gap: 1.2rem; }
.tabs a { color: var(--muted); padding: 0.2rem 0; }
.tabs a[aria-current="page"] { color: var(--fg); border-bottom: 2px solid var(--accent); }
.frame { display: grid; grid-template-columns: 260px minmax(0, 1fr); max-width: 1200px; margin: 0 auto; }
.side { padding: 1.5rem 1rem; border-right: 1px solid var(--line); min-height: calc(100vh - 3.5rem); }
.side h2 { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 1.2rem 0 0.4rem; }
.side ul { list-style: none; margin: 0; padding: 0; }
.side a { display: block; padding: 0.2rem 0.5rem; border-radius: 6px; color: var(--fg); font-size: 0.93rem; }
.side a[aria-current="page"] { background: var(--soft); color: var(--accent); font-weight: 600; }
main { padding: 2rem 2.5rem 4rem; }
h1 { font-size: 2rem; margin: 0.2rem 0 0.3rem; line-height: 1.2; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.7rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
.lead { font-size: 1.08rem; color: var(--muted); max-width: 46rem; }
.alt { margin: 0; color: var(--muted); font-style: italic; }
.crumbs, .sub { color: var(--muted); font-size: 0.9rem; margin: 0; }
.badges { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
.tag { display: inline-block; font-size: 0.78rem; padding: 0.05rem 0.55rem; border: 1px solid var(--line); border-radius: 999px; color: var(--muted); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1.5rem; margin: 1rem 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
table.list { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
table.list th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line); padding: 0.45rem 0.6rem; }
table.list td { border-bottom: 1px solid var(--line); padding: 0.45rem 0.6rem; vertical-align: top; }
.band { padding: 0.1rem 0.6rem; border-radius: 6px; border: 1px solid currentColor; font-size: 0.9rem; }
.band.green { color: var(--green); } .band.amber { color: var(--amber); } .band.red { color: var(--red); }
.tree, .tree ul { list-style: none; padding-left: 1.3rem; }
.tree { padding-left: 0; }
.tree li { margin: 0.35rem 0; position: relative; }
.tree ul li::before { content: ""; position: absolute; left: -0.9rem; top: 0.8rem; width: 0.6rem; border-top: 1px solid var(--line); }
kpi-trend { display: block; margin: 1rem 0; min-height: 220px; }
/* Until the widgets bundle defines it (never from file://), the trend takes no room. */
kpi-trend:not(:defined), kpi-trend[hidden] { display: none; }
details.values summary { cursor: pointer; color: var(--muted); }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; padding: 1rem 1.5rem; text-align: center; }
@media (max-width: 800px) {
  .frame { grid-template-columns: 1fr; }
  .side { display: none; }
  main { padding: 1.2rem; }
}
`;

/**
 * The site's only script (classic, so it runs from file:// too): loads the widgets bundle
 * and hands each trend its inline snapshot. Module scripts cannot load from file:// pages,
 * so there the trend stays out (the stylesheet hides an undefined kpi-trend) and the values
 * table below it, opened, is what the reader sees.
 */
export const siteJs = `(function () {
  var trends = document.querySelectorAll('kpi-trend[data-snapshot]');
  if (trends.length === 0) return;
  if (location.protocol === 'file:') {
    trends.forEach(function (el) { el.hidden = true; });
    document.querySelectorAll('details.values').forEach(function (d) { d.open = true; });
    return;
  }
  var here = document.currentScript ? document.currentScript.src : location.href;
  var script = document.createElement('script');
  script.type = 'module';
  script.src = new URL('widgets.js', here).href;
  document.head.appendChild(script);
  customElements.whenDefined('kpi-trend').then(function () {
    trends.forEach(function (el) {
      var block = document.getElementById(el.getAttribute('data-snapshot'));
      if (block) el.data = JSON.parse(block.textContent);
    });
  });
})();
`;
