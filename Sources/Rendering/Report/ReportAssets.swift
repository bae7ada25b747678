/// The report's own constant CSS and script. They are the only markup written unescaped.
enum ReportAssets {
  static let style: StaticString = """
    :root{--ink:#1d2430;--muted:#556070;--line:#d5dbe3;--bg:#fff;--soft:#f4f6f9;--ok:#1f6f43;--part:#8a5a00;--miss:#a11d2b;--conf:#6b1f86;--na:#5b6470}
    *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Sans CJK SC",sans-serif;color:var(--ink);background:var(--bg)}
    a{color:#0b4f9c}a:focus,select:focus,button:focus{outline:3px solid #f5b700;outline-offset:2px}
    .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
    header,main,footer{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}header{border-bottom:4px solid var(--ink)}
    h1{margin:.2rem 0;font-size:1.9rem}h2{margin-top:2.2rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}h3{margin:.2rem 0;font-size:1.1rem}h4{margin:1rem 0 .3rem;font-size:.95rem}
    .subtitle{color:var(--muted);margin:0}.headline{font-size:1.1rem;font-weight:600;margin:.6rem 0}dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.8rem 0}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
    nav ol{columns:2;padding-inline-start:1.2rem}
    table{border-collapse:collapse;width:100%;margin:.6rem 0 1.2rem;font-size:.92rem}caption{text-align:start;font-weight:600;padding:.3rem 0}
    th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:start;vertical-align:top}thead th{background:var(--soft)}td.num,th.num{text-align:end;font-variant-numeric:tabular-nums}
    .badge{display:inline-block;border-radius:.3rem;padding:0 .45rem;font-weight:600;font-size:.85rem;border:1px solid currentColor;white-space:nowrap}
    .implemented{color:var(--ok)}.partial{color:var(--part)}.missing{color:var(--miss)}.conflicting{color:var(--conf)}.not-applicable,.not-assessed{color:var(--na)}
    article.finding{border:1px solid var(--line);border-inline-start:6px solid var(--na);border-radius:.4rem;padding:.7rem 1rem;margin:.8rem 0;break-inside:avoid}
    article.finding.status-implemented{border-inline-start-color:var(--ok)}article.finding.status-partial{border-inline-start-color:var(--part)}
    article.finding.status-missing{border-inline-start-color:var(--miss)}article.finding.status-conflicting{border-inline-start-color:var(--conf)}
    .meta{color:var(--muted);margin:.2rem 0;font-size:.9rem}.meta span+span::before{content:" · "}
    pre.provision{white-space:pre-wrap;background:var(--soft);border-radius:.3rem;padding:.5rem .7rem;font:inherit;font-size:.9rem;margin:.3rem 0}
    .override{background:#fff7df;border:1px solid #e7c65b;border-radius:.3rem;padding:.4rem .7rem}
    form.filters{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;background:var(--soft);padding:.7rem 1rem;border-radius:.4rem}
    form.filters label{display:flex;flex-direction:column;font-size:.85rem;font-weight:600}form.filters select{font:inherit;padding:.2rem}
    .count{font-weight:600;margin:.5rem 0}footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:2rem}
    @media print{.skip,nav,form.filters,.count,noscript{display:none}article.finding{page-break-inside:avoid}a{color:inherit;text-decoration:none}body{font-size:11pt}h2{page-break-after:avoid}article.finding[hidden]{display:block}}
    """

  /// The Content-Security-Policy source that lets `script` run and nothing else: its SHA-256, in
  /// base64. A test recomputes it, so an edit to the script cannot silently disable the filters.
  static let scriptSource = "'sha256-OvY/GvPHAbAeacrt33qinE5Y6HECA0iGE+kNFz//L1A='"

  /// Filters by status, instrument, theme and class. Without script every finding stays visible.
  static let script: StaticString = """
    (function(){var form=document.getElementById('filters');if(!form)return;form.hidden=false;
    var findings=Array.prototype.slice.call(document.querySelectorAll('article.finding'));
    var count=document.getElementById('count');var template=count.getAttribute('data-template');
    function apply(){var s=form.elements.status.value,i=form.elements.instrument.value,t=form.elements.theme.value,c=form.elements.klass.value,shown=0;
    findings.forEach(function(f){var ok=(!s||f.dataset.status===s)&&(!i||f.dataset.instrument===i)&&(!t||f.dataset.theme===t)&&(!c||f.dataset.class===c);f.hidden=!ok;if(ok)shown++;});
    count.textContent=template.replace('{shown}',shown).replace('{total}',findings.length);}
    form.addEventListener('change',apply);apply();})();
    """
}
