// The report's one style sheet, inlined in every page (no file to fetch, no web font). Entity colours come
// from ENTITY_TYPES; every mention also carries its type's label, so nothing depends on colour alone.
// A mention's tooltip shows while it has the focus or the pointer, without script; where both are on
// different mentions, the pointer's wins (the rules for it are as specific and come later), and of
// nested mentions only the innermost under the pointer shows its own.
import { ENTITY_TYPES, TYPE_ORDER } from './entity-types.js'

const typeRules = TYPE_ORDER.map((type) => {
  const { fill, ink, line, label } = ENTITY_TYPES[type]
  return `.t-${type}{--fill:${fill};--ink:${ink};--line:${line}}.e.t-${type}::before{content:"${label}"}`
}).join('\n')

export const STYLES = `
:root{color-scheme:light;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#111;background:#fff}
body{margin:0 auto;max-width:78rem;padding:1rem 1.5rem 3rem}
a{color:#0645ad}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid #111;outline-offset:2px}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
.crumbs{font-size:.9rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.muted{color:#555}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0;font-size:.9rem}
dl.meta dt{color:#555}
dl.meta dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;font-size:.9rem}
th,td{text-align:left;padding:.2rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
td ul{margin:0;padding-left:1.2rem}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.warn{color:#8b0000;font-weight:600}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem 2rem}
figure.chart{margin:0}
figure.chart figcaption{font-weight:600;margin:.5rem 0}
figure.chart table{width:100%}
figure.chart th{font-weight:400}
figure.chart td.bar{width:50%}
.bar span{display:block;height:.9rem;background:var(--fill);border:1px solid var(--ink);box-sizing:border-box;min-width:2px;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.pager{display:flex;flex-wrap:wrap;gap:.25rem .6rem;margin:.5rem 0}
.pager [aria-current]{font-weight:700}
.legend{display:flex;flex-wrap:wrap;gap:.5rem 1rem;list-style:none;padding:0;margin:.5rem 0;font-size:.9rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 21rem;gap:2rem;align-items:start}
@media (max-width:60rem){.layout{grid-template-columns:1fr}}
.text{max-width:46rem}
.s{white-space:pre-wrap;margin:0 0 1rem}
.s[data-kind]:not([data-kind=paragraph])::before{content:attr(data-kind);display:inline-block;margin-right:.5rem;padding:0 .3rem;border:1px solid #555;border-radius:3px;font:600 .7rem/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;color:#333;vertical-align:.1em}
.s[data-kind=title]{font-size:1.35rem;font-weight:700}
.s[data-kind=lead]{font-weight:600}
.s[data-kind=caption]{font-style:italic;color:#333;border-left:3px solid #999;padding-left:.6rem}
.s[data-kind=byline],.s[data-kind=dateline]{color:#333}
.s[data-kind=byline]{text-align:right}
.e{position:relative;color:inherit;background:var(--fill);border-bottom:3px var(--line) var(--ink);padding:0 .1em;border-radius:2px;box-decoration-break:clone;-webkit-box-decoration-break:clone;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.e .e{padding:0;border-bottom-width:2px}
.e::before{font:700 .62rem/1 system-ui,sans-serif;color:var(--ink);margin-right:.15em;vertical-align:.15em;letter-spacing:.02em}
.e.part::before{content:none}
mark.e{cursor:help}
.tip{display:none;position:absolute;left:0;top:calc(100% + 4px);z-index:10;width:max-content;max-width:min(26rem,80vw);padding:.45rem .6rem;background:#fff;color:#111;border:1px solid #333;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.25);font:400 .82rem/1.4 system-ui,sans-serif;font-style:normal;white-space:normal;text-align:left}
.tip>span{display:block}
.tip .k,.facts .k{color:#555}
mark.e:focus>.tip{display:block}
.text:has(mark.e:hover) mark.e:focus>.tip{display:none}
.text mark.e:hover:not(:has(mark.e:hover))>.tip{display:block}
.quiet .tip{display:none!important}
aside ul{list-style:none;padding:0;margin:0}
aside li{margin:.35rem 0}
.facts{display:block;font-size:.82rem;padding-left:.5rem}
.facts>span{display:block}
.people>li{margin:.6rem 0}
.people ul{margin:.2rem 0;padding-left:1.2rem}
${typeRules}
@media print{
  :root{font-size:11pt}
  body{max-width:none;padding:0}
  nav,.pager,.tip,.hint{display:none!important}
  .layout{display:block}
  a{color:inherit;text-decoration:none}
  .s{break-inside:avoid}
  tr{break-inside:avoid}
}
`.trim()
