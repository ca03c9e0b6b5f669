package report

import (
	"html/template"
	"strconv"

	"github.com/a2z/a2z/rules"
)

// The markup side of the html format: chart geometry and the page template.
// Colours are the Okabe-Ito palette, which stays distinct under the common
// colour-vision deficiencies; every coloured mark also carries a text label.

// statusColors fills the status marks.
var statusColors = map[rules.Status]string{
	rules.StatusDirect:   "#009E73", // bluish green
	rules.StatusPartial:  "#E69F00", // orange
	rules.StatusNone:     "#D55E00", // vermillion
	rules.StatusImplicit: "#56B4E9", // sky blue
	rules.StatusUnknown:  "#8C8C8C", // grey
}

const (
	chartLabelWidth = 190 // left column for bar labels
	chartBarWidth   = 330 // the longest bar
	chartRow        = 22  // height of one bar row
)

// htmlPageView is the model plus what only the markup needs.
type htmlPageView struct {
	htmlModel
	Charts    []svgChart
	Mix       svgStacks
	Statuses  []htmlLegend
	Services  []string
	BlockerN  int
	FindingsN int
}

type htmlLegend struct {
	Status rules.Status
	Fill   string
}

type svgChart struct {
	ID, Title, Desc string
	Height          int
	Bars            []svgBar
}

type svgBar struct {
	Label   string
	Count   int
	Y, W    float64
	TextX   float64
	TextY   float64
	LabelID string
}

type svgStacks struct {
	Height int
	Rows   []svgStackRow
}

type svgStackRow struct {
	Service string
	Total   int
	Y       float64
	TextY   float64
	TextX   float64
	Segs    []svgSeg
}

type svgSeg struct {
	Status string
	Count  int
	X, W   float64
	Fill   string
}

func htmlView(m htmlModel) htmlPageView {
	v := htmlPageView{htmlModel: m, BlockerN: len(m.Blockers)}
	for _, st := range rules.Statuses {
		v.Statuses = append(v.Statuses, htmlLegend{Status: st, Fill: statusColors[st]})
	}
	for _, c := range m.AWSServices {
		v.Services = append(v.Services, c.Label)
	}
	for _, c := range m.BySeverity {
		v.FindingsN += c.Count
	}
	v.Charts = []svgChart{
		barChart("chart-aws", "Resources by AWS service", "Number of scanned resources of each AWS service.", m.AWSServices),
		barChart("chart-azure", "Resources by target Azure service", "Number of resources mapped to each Azure service (resources with no target are left out).", m.AzureTarget),
		barChart("chart-caveats", "Top caveats", "Rule IDs with the most findings, suppressed findings left out.", m.TopCaveats),
	}
	v.Mix = stackChart(m.StatusMix)
	return v
}

func barChart(id, title, desc string, counts []htmlCount) svgChart {
	c := svgChart{ID: id, Title: title, Desc: desc, Height: len(counts)*chartRow + 4}
	top := 0
	for _, x := range counts {
		top = max(top, x.Count)
	}
	for i, x := range counts {
		w := 0.0
		if top > 0 {
			w = round1(float64(chartBarWidth) * float64(x.Count) / float64(top))
		}
		y := float64(i*chartRow) + 2
		c.Bars = append(c.Bars, svgBar{Label: x.Label, Count: x.Count, Y: y, W: w, TextX: chartLabelWidth + w + 6, TextY: y + 14})
	}
	return c
}

func stackChart(mix []htmlMix) svgStacks {
	s := svgStacks{Height: len(mix)*chartRow + 4}
	top := 0
	for _, x := range mix {
		top = max(top, x.Total)
	}
	for i, x := range mix {
		y := float64(i*chartRow) + 2
		row := svgStackRow{Service: x.Service, Total: x.Total, Y: y, TextY: y + 14}
		at := float64(chartLabelWidth)
		for _, p := range x.Parts {
			if p.Count == 0 || top == 0 {
				continue
			}
			w := round1(float64(chartBarWidth) * float64(p.Count) / float64(top))
			row.Segs = append(row.Segs, svgSeg{Status: p.Label, Count: p.Count, X: at, W: w, Fill: statusColors[rules.Status(p.Label)]})
			at = round1(at + w)
		}
		row.TextX = at + 6
		s.Rows = append(s.Rows, row)
	}
	return s
}

var htmlFuncs = template.FuncMap{
	"color": func(s rules.Status) string { return statusColors[s] },
	"num":   func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) },
	"add":   func(a, b float64) float64 { return a + b },
	"pad":   func(n int) string { return strconv.FormatInt(int64(n)+1e8, 10) },
}

var htmlPage = template.Must(template.New("page").Funcs(htmlFuncs).Parse(htmlSource))

const htmlSource = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="a2z{{with .Version}} {{.}}{{end}}">
<title>a2z: AWS to Azure assessment</title>
<style>
:root{--fg:#1b1b1b;--muted:#555;--line:#ccc;--bg:#fff;--alt:#f4f4f4;--accent:#0b5394}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer,nav{max-width:1200px;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.3rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
a{color:var(--accent)}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem 1rem;padding:0;margin:.5rem 0}
.meta{color:var(--muted);margin:.2rem 0}
.figures{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0;padding:0}
.figures div{border:1px solid var(--line);border-radius:6px;padding:.6rem 1rem;min-width:11rem}
.figures dt{color:var(--muted);font-size:.9rem}
.figures dd{margin:0;font-size:1.7rem;font-weight:600}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:auto}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--alt)}
td.n{text-align:right;font-variant-numeric:tabular-nums}
#resource-table{width:100%;font-size:.9rem}
#resource-table th button{all:unset;cursor:pointer;font-weight:700;text-decoration:underline dotted}
#resource-table th button:focus-visible{outline:2px solid var(--accent)}
#resource-table th[aria-sort=ascending] button::after{content:" \25B2"}
#resource-table th[aria-sort=descending] button::after{content:" \25BC"}
.badge{display:inline-block;padding:0 .4rem;border-radius:3px;border:1px solid #333;font-size:.85rem;white-space:nowrap}
.badge i{display:inline-block;width:.7rem;height:.7rem;margin-right:.3rem;border:1px solid #333;vertical-align:-1px}
.caveats{margin:0;padding-left:1.1rem}
.sev-error{font-weight:700}
code{font-size:.88em;overflow-wrap:anywhere}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:1rem}
figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:.5rem}
figcaption{font-weight:600;margin-bottom:.3rem}
svg{max-width:100%;height:auto;font:12px system-ui,sans-serif}
svg text{fill:var(--fg)}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:0;margin:.3rem 0}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:end;margin:.5rem 0}
.controls label{display:flex;flex-direction:column;font-size:.9rem}
.controls input,.controls select{font:inherit;padding:.2rem}
.empty{color:var(--muted)}
footer{color:var(--muted);font-size:.85rem;margin:2rem auto 1rem}
@media print{
  nav,.controls,#resource-table th button::after{display:none}
  #resource-table tbody tr{display:table-row!important}
  body{font-size:10pt}
  a{color:inherit;text-decoration:none}
  section,figure,tr{break-inside:avoid}
  .charts{display:block}
  figure{margin-bottom:.5rem}
}
</style>
</head>
<body>
<header>
<h1>AWS to Azure assessment</h1>
<p class="meta">Scanned{{with .ScanDate}} on <time datetime="{{.}}" id="scan-date">{{.}}</time>{{end}}{{with .Version}} by a2z {{.}}{{end}}.{{if .Sources}} Sources: {{range $i, $s := .Sources}}{{if $i}}, {{end}}<code>{{$s}}</code>{{end}}.{{end}}</p>
</header>
<nav aria-label="Sections">
<ul>
<li><a href="#summary">Summary</a></li>
<li><a href="#charts">Charts</a></li>
<li><a href="#resources">Resources</a></li>
<li><a href="#service-map">Service map</a></li>
<li><a href="#unmapped">Unmapped</a></li>
<li><a href="#suppressed">Suppressed</a></li>
<li><a href="#diagnostics">Diagnostics</a></li>
</ul>
</nav>
<main>
<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<dl class="figures">
<div><dt>Resources scanned</dt><dd data-figure="resources">{{.Resources}}</dd></div>
<div><dt>Blockers (error findings)</dt><dd data-figure="blockers">{{.BlockerN}}</dd></div>
<div><dt>Findings</dt><dd data-figure="findings">{{.FindingsN}}</dd></div>
<div><dt>Estimated effort</dt><dd><span data-figure="effort">{{num .Effort.Total}}</span> person-days</dd></div>
</dl>
<table id="by-status">
<caption>Resources by mapping status</caption>
<thead><tr><th scope="col">Status</th><th scope="col">Resources</th><th scope="col">Share</th></tr></thead>
<tbody>
{{range .ByStatus}}<tr><th scope="row"><span class="badge"><i style="background:{{color .Status}}"></i>{{.Status}}</span></th><td class="n" data-status-count="{{.Status}}">{{.Count}}</td><td class="n">{{num .Percent}}%</td></tr>
{{end}}</tbody>
</table>
<table id="by-severity">
<caption>Findings by severity (suppressed findings not counted)</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">Findings</th></tr></thead>
<tbody>
{{range .BySeverity}}<tr><th scope="row">{{.Label}}</th><td class="n" data-severity-count="{{.Label}}">{{.Count}}</td></tr>
{{end}}</tbody>
</table>
<h3 id="effort-h">Effort estimate</h3>
<p>{{.Effort.Method}}</p>
<table id="effort" aria-labelledby="effort-h">
<thead><tr><th scope="col">Status</th><th scope="col">Resources</th><th scope="col">Person-days each</th><th scope="col">Person-days</th></tr></thead>
<tbody>
{{range .Effort.Rows}}<tr><th scope="row">{{.Status}}</th><td class="n">{{.Count}}</td><td class="n">{{num .Weight}}</td><td class="n">{{num .Days}}</td></tr>
{{end}}</tbody>
<tfoot><tr><th scope="row" colspan="3">Total</th><td class="n">{{num .Effort.Total}}</td></tr></tfoot>
</table>
<h3>Blockers</h3>
{{if .Blockers}}<ul id="blockers">
{{range .Blockers}}<li><code>{{.File}}:{{.Line}}</code> <strong>{{.Address}}</strong>: {{.Message}} <small>({{.Rule}})</small>{{with .Link}} <a href="{{.}}">docs</a>{{end}}</li>
{{end}}</ul>{{else}}<p class="empty" id="blockers">None: no finding is an error.</p>{{end}}
</section>

<section id="charts" aria-labelledby="charts-h">
<h2 id="charts-h">Charts</h2>
<ul class="legend" aria-label="Status colours">
{{range .Statuses}}<li><span class="badge"><i style="background:{{.Fill}}"></i>{{.Status}}</span></li>
{{end}}</ul>
<div class="charts">
{{range .Charts}}<figure id="{{.ID}}">
<figcaption id="{{.ID}}-t">{{.Title}}</figcaption>
{{if .Bars}}<svg viewBox="0 0 600 {{.Height}}" width="600" height="{{.Height}}" role="img" aria-labelledby="{{.ID}}-t {{.ID}}-d">
<desc id="{{.ID}}-d">{{.Desc}}</desc>
{{range .Bars}}<g class="bar" data-label="{{.Label}}" data-count="{{.Count}}"><title>{{.Label}}: {{.Count}}</title><text x="186" y="{{num .TextY}}" text-anchor="end">{{.Label}}</text><rect x="190" y="{{num .Y}}" width="{{num .W}}" height="18" fill="#0072B2"></rect><text x="{{num .TextX}}" y="{{num .TextY}}">{{.Count}}</text></g>
{{end}}</svg>{{else}}<p class="empty">Nothing to chart.</p>{{end}}
</figure>
{{end}}<figure id="chart-mix">
<figcaption id="chart-mix-t">Status mix per AWS service</figcaption>
{{if .Mix.Rows}}<svg viewBox="0 0 600 {{.Mix.Height}}" width="600" height="{{.Mix.Height}}" role="img" aria-labelledby="chart-mix-t chart-mix-d">
<desc id="chart-mix-d">One stacked bar per AWS service: its resources split by mapping status, in the order direct, partial, none, implicit, unknown.</desc>
{{range .Mix.Rows}}<g class="stack" data-label="{{.Service}}" data-count="{{.Total}}"><text x="186" y="{{num .TextY}}" text-anchor="end">{{.Service}}</text>{{$y := .Y}}{{$s := .Service}}{{range .Segs}}<rect x="{{num .X}}" y="{{num $y}}" width="{{num .W}}" height="18" fill="{{.Fill}}" stroke="#fff" data-status="{{.Status}}" data-count="{{.Count}}"><title>{{$s}}: {{.Count}} {{.Status}}</title></rect>{{end}}<text x="{{num .TextX}}" y="{{num .TextY}}">{{.Total}}</text></g>
{{end}}</svg>{{else}}<p class="empty">Nothing to chart.</p>{{end}}
</figure>
</div>
</section>

<section id="resources" aria-labelledby="resources-h">
<h2 id="resources-h">Resources</h2>
<div class="controls" id="controls" hidden>
<label>Search <input type="search" id="search" placeholder="address, type, target…"></label>
<label>Status <select id="status-filter"><option value="">all</option>{{range .Statuses}}<option value="{{.Status}}">{{.Status}}</option>{{end}}</select></label>
<label>AWS service <select id="service-filter"><option value="">all</option>{{range .Services}}<option value="{{.}}">{{.}}</option>{{end}}</select></label>
<p id="shown" aria-live="polite">{{len .Rows}} resources</p>
</div>
<table id="resource-table">
<caption>Every scanned resource with its Azure target</caption>
<thead><tr><th scope="col">Location</th><th scope="col">Address</th><th scope="col">AWS type</th><th scope="col">Azure target</th><th scope="col">Status</th><th scope="col">Caveats</th></tr></thead>
<tbody>
{{range .Rows}}<tr data-status="{{.Status}}" data-service="{{.AWSService}}">
<td data-key="{{.File}}:{{pad .Line}}"><code>{{.File}}:{{.Line}}</code></td>
<td><code>{{.Address}}</code>{{with .Root}}<br><small>root {{.}}</small>{{end}}</td>
<td><code>{{.Type}}</code></td>
<td>{{if .Azure}}{{if .Link}}<a href="{{.Link}}">{{.Azure}}</a>{{else}}{{.Azure}}{{end}}{{else}}<span class="empty">no target</span>{{end}}{{range .AzureTypes}}<br><code>{{.}}</code>{{end}}{{with .Note}}<br><small>{{.}}</small>{{end}}</td>
<td data-key="{{.Status}}"><span class="badge"><i style="background:{{color .Status}}"></i>{{.Status}}</span></td>
<td data-key="{{pad (len .Caveats)}}">{{if .Caveats}}<ul class="caveats">{{range .Caveats}}<li class="sev-{{.Severity}}">{{.Severity}}: {{.Message}} <small>({{.Rule}})</small>{{with .Link}} <a href="{{.}}">docs</a>{{end}}</li>{{end}}</ul>{{end}}</td>
</tr>
{{end}}</tbody>
</table>
</section>

<section id="service-map" aria-labelledby="service-map-h">
<h2 id="service-map-h">AWS to Azure service map</h2>
{{if .ServiceMap}}<table>
<thead><tr><th scope="col">AWS service</th><th scope="col">Azure services</th><th scope="col">Resources</th></tr></thead>
<tbody>
{{range .ServiceMap}}<tr><th scope="row">{{.AWS}}</th><td>{{range $i, $a := .Azure}}{{if $i}}, {{end}}{{$a}}{{else}}<span class="empty">none</span>{{end}}</td><td class="n">{{.Count}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p class="empty">No resources.</p>{{end}}
</section>

<section id="unmapped" aria-labelledby="unmapped-h">
<h2 id="unmapped-h">Unmapped resources</h2>
<p>Types the knowledge base does not know yet (status unknown): research them by hand.</p>
{{if .Unmapped}}<ul>
{{range .Unmapped}}<li><code>{{.File}}:{{.Line}}</code> <code>{{.Address}}</code> ({{.Type}})</li>
{{end}}</ul>{{else}}<p class="empty">None.</p>{{end}}
{{if .Orphans}}<h3>Findings that match no resource</h3>
<ul>
{{range .Orphans}}<li><code>{{.File}}:{{.Line}}</code> <code>{{.Address}}</code> {{.Severity}}: {{.Message}} <small>({{.Rule}})</small></li>
{{end}}</ul>{{end}}
</section>

<section id="suppressed" aria-labelledby="suppressed-h">
<h2 id="suppressed-h">Suppressed findings</h2>
{{if .Suppressed}}<table>
<thead><tr><th scope="col">Location</th><th scope="col">Address</th><th scope="col">Rule</th><th scope="col">Severity</th><th scope="col">Message</th><th scope="col">Suppressed by</th></tr></thead>
<tbody>
{{range .Suppressed}}<tr><td><code>{{.File}}:{{.Line}}</code></td><td><code>{{.Address}}</code></td><td>{{.Rule}}</td><td>{{.Severity}}</td><td>{{.Message}}</td><td>{{.Suppressed}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p class="empty">None.</p>{{end}}
</section>

<section id="diagnostics" aria-labelledby="diagnostics-h">
<h2 id="diagnostics-h">Parse diagnostics</h2>
{{if .Diagnostics}}<table>
<thead><tr><th scope="col">Location</th><th scope="col">Severity</th><th scope="col">Message</th></tr></thead>
<tbody>
{{range .Diagnostics}}<tr><td><code>{{.File}}{{if .Line}}:{{.Line}}{{end}}</code></td><td>{{.Severity}}</td><td>{{.Message}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p class="empty">None.</p>{{end}}
</section>
</main>
<footer><p>Generated by a2z. This page is self-contained: it loads nothing from the network.</p></footer>
<script>
(function () {
  "use strict";
  var table = document.getElementById("resource-table");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var search = document.getElementById("search");
  var status = document.getElementById("status-filter");
  var service = document.getElementById("service-filter");
  var shown = document.getElementById("shown");
  document.getElementById("controls").hidden = false;

  function apply() {
    var q = search.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var ok = (!status.value || r.dataset.status === status.value) &&
        (!service.value || r.dataset.service === service.value) &&
        (!q || r.textContent.toLowerCase().indexOf(q) >= 0);
      r.hidden = !ok;
      if (ok) { n++; }
    });
    shown.textContent = n + " of " + rows.length + " resources shown";
  }
  [search, status, service].forEach(function (el) {
    el.addEventListener("input", apply);
    el.addEventListener("change", apply);
  });

  function key(r, i) {
    var c = r.cells[i];
    return (c.dataset.key || c.textContent).toLowerCase();
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(b);
    b.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { o.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = key(a, i), y = key(b, i);
        return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  apply();
})();
</script>
</body>
</html>
`
