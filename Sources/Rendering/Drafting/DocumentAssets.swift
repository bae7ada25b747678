/// Constant CSS for the commented model text and draft bills.
enum DocumentAssets {
  static let style: StaticString = """
    *{box-sizing:border-box}body{margin:0;font:17px/1.55 Georgia,"Times New Roman","Noto Serif",serif;color:#1d2430;background:#fff}
    header,main,footer{max-width:50rem;margin:0 auto;padding:1rem 1.5rem}header{border-bottom:3px solid #1d2430}
    h1{font-size:1.8rem;margin:.3rem 0}h2{margin-top:2.5rem;border-bottom:1px solid #ccd3dc;padding-bottom:.2rem}h3{margin:2rem 0 .4rem;font-size:1.15rem}
    h4{margin:1rem 0 .3rem;font-size:1rem}a{color:#0b4f9c}a:focus{outline:3px solid #f5b700}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.4rem}
    nav ol{padding-inline-start:1.2rem}.badges{font:600 .8rem/1.4 system-ui,sans-serif;margin:.2rem 0 .6rem}
    .badge{display:inline-block;border:1px solid currentColor;border-radius:.3rem;padding:0 .4rem;margin:0 .3rem .2rem 0;text-decoration:none}
    .mandatory{color:#a11d2b}.consider{color:#8a5a00}.optional{color:#1f6f43}.adoption{color:#33404f}
    section.option{border-inline-start:4px solid #7d8da1;padding:.1rem 0 .1rem 1rem;margin:1rem 0}section.option h4{font-family:system-ui,sans-serif}
    aside.commentary{background:#f3f6fa;border:1px solid #d5dde7;border-radius:.4rem;padding:.2rem 1.1rem;margin:1rem 0 2rem;font:15px/1.5 system-ui,sans-serif}
    aside.commentary h4{font-size:.85rem;text-transform:uppercase;letter-spacing:.05em;color:#556070}
    mark.placeholder{background:#fff1b8;border-bottom:2px dotted #b08500;padding:0 .15rem}
    dl.appendix dt{font-weight:700;margin-top:.8rem}dl.appendix dd{margin:0 0 0 1rem}footer{color:#556070;font-size:.85rem;border-top:1px solid #ccd3dc;margin-top:2rem}
    @media print{.skip,nav{display:none}body{font-size:11pt}h3{page-break-after:avoid}aside.commentary{page-break-inside:avoid}a{color:inherit;text-decoration:none}}
    """
}
