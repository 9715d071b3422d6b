/// The site's one stylesheet, served from /static/site.css (the CSP allows no inline styles).
/// Colours keep at least 4.5:1 contrast; narrow screens (down to 320 px) stack tables instead of
/// scrolling sideways.
enum SiteStyle {
    static let css = """
        *, *::before, *::after { box-sizing: border-box; }
        html { font-size: 100%; }
        body { margin: 0; font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; background: #fff; line-height:\
         1.5; overflow-wrap: anywhere; }
        a { color: #0b4f9c; }
        a:hover { color: #06305f; }
        :focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 10; }
        .skip:focus { left: .5rem; }
        header.site { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; padding: .75rem 1rem;\
         border-bottom: 3px solid #0b4f9c; }
        header.site .brand { max-width: 16rem; line-height: 1.2; }
        header.site .brand a { font-weight: bold; font-size: 1.1rem; text-decoration: none; color: #1a1a1a; }
        header.site .who { display: inline-block; vertical-align: middle; max-width: 12rem; overflow: hidden;\
         text-overflow: ellipsis; white-space: nowrap; }
        header.site nav ul, footer.site ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;\
         gap: .25rem 1rem; }
        header.site nav a[aria-current="page"] { font-weight: bold; text-decoration-thickness: 3px; }
        header.site .account { margin-left: auto; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items:\
         center; }
        main { display: block; max-width: 72rem; margin: 0 auto; padding: 1rem; }
        nav.sub ul { list-style: none; margin: 0 0 1rem; padding: 0 0 .5rem; display: flex; flex-wrap: wrap;\
         gap: .25rem 1.25rem; border-bottom: 1px solid #8a8a8a; }
        nav.sub a[aria-current="page"] { font-weight: bold; text-decoration-thickness: 3px; }
        pre.mail { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .95rem; }
        .permalink { margin-left: .25rem; font-weight: normal; }
        .strategy-text .serves { font-size: .95rem; margin-top: -.5rem; }
        ol.diff { list-style: none; padding: 0; } ol.diff > li { border-left: 4px solid #8a8a8a; padding: 0 0 0 .75rem;\
         margin: 1rem 0; }
        ol.diff > li.diff-changed, ol.diff > li.diff-added { border-left-color: #0b4f9c; }
        ol.diff > li.diff-removed { border-left-color: #8a2a00; border-left-style: dashed; }
        ins { text-decoration: underline; text-decoration-thickness: 2px; background: #e6f0fa; }
        del { text-decoration: line-through; background: #fbeae5; }
        .mark { font-size: .8rem; font-weight: bold; }
        form.compare { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; }
        footer.site { border-top: 1px solid #767676; padding: 1rem; margin-top: 2rem; }
        h1 { font-size: 1.7rem; line-height: 1.25; } h2 { font-size: 1.3rem; margin-top: 2rem; }
        .lead { font-size: 1.1rem; }
        .number { color: #4a4a4a; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        caption { text-align: left; font-weight: bold; padding: .3rem 0; }
        th, td { border: 1px solid #8a8a8a; padding: .35rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #ececec; }
        td.num { text-align: right; }
        table.values td { overflow-wrap: anywhere; }
        .status { display: inline-block; padding: 0 .4rem; border-radius: .2rem; color: #fff; font-size: .9rem; }
        .status-done { background: #2e7d32; } .status-active { background: #1565c0; } .status-delayed { background:\
         #b34700; }
        .status-planned { background: #5f6368; } .status-handed_over { background: #6a1b9a; } .status-discarded {\
         background: #b71c1c; }
        .status-none { background: #fff; color: #1a1a1a; border: 1px solid #767676; }
        ul.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
        figure { margin: 1rem 0; } .chart svg { max-width: 100%; height: auto; }
        figcaption { font-size: .9rem; }
        form.filters { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: flex-end; }
        .field { margin: .75rem 0; }
        form.filters .field { margin: 0; min-width: 0; max-width: 100%; }
        label { display: block; font-weight: bold; }
        input, select, textarea, button { font: inherit; max-width: 100%; }
        input[type=text], input[type=email], input[type=password], input[type=date], input[type=search], select,\
         textarea {
            border: 1px solid #5f6368; padding: .35rem .45rem; border-radius: .2rem; background: #fff; color: #1a1a1a; }
        textarea { width: 100%; min-height: 6rem; }
        input[type=text], input[type=email], input[type=password] { width: 28rem; }
        button, a.button { display: inline-block; background: #0b4f9c; color: #fff; border: 2px solid #0b4f9c;\
         border-radius: .2rem;
            padding: .35rem .9rem; cursor: pointer; text-decoration: none; }
        button.secondary { background: #fff; color: #0b4f9c; }
        form.inline { display: inline-flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 0; }
        .hint { color: #4a4a4a; margin: .1rem 0; font-size: .95rem; }
        .error { color: #b71c1c; font-weight: bold; margin: .1rem 0; }
        .field.invalid input, .field.invalid select, .field.invalid textarea { border: 2px solid #b71c1c; }
        .error-summary, .conflict { border: 3px solid #b71c1c; padding: .5rem 1rem; margin: 1rem 0; }
        .notice { border-left: 6px solid #2e7d32; padding: .5rem 1rem; background: #f1f8f1; }
        .internal { border-left: 6px solid #6a1b9a; padding: 0 1rem; background: #f7f2fa; }
        .meta { color: #4a4a4a; font-size: .9rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
        dl.facts dd { margin: 0; }
        ol.timeline { padding-left: 1.2rem; } ol.timeline li { margin: .3rem 0; }
        fieldset { border: 1px solid #8a8a8a; margin: 1rem 0; padding: .5rem 1rem; min-width: 0; }
        legend { font-weight: bold; }
        .checks label { display: inline; font-weight: normal; margin-right: 1rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);\
         white-space: nowrap; }
        @media (max-width: 40rem) {
            table.responsive thead { position: absolute; left: -9999px; }
            table.responsive caption { display: block; }
            table.responsive, table.responsive tbody, table.responsive tr, table.responsive th, table.responsive td {\
         display: block; width: 100%; }
            table.responsive tr { border: 1px solid #8a8a8a; margin-bottom: .5rem; }
            table.responsive td, table.responsive tbody th { border: none; border-bottom: 1px solid #d0d0d0; }
            table.responsive td::before { content: attr(data-label) ": "; font-weight: bold; }
            table.responsive td.num { text-align: left; }
            dl.facts { grid-template-columns: 1fr; }
            input[type=text], input[type=email], input[type=password] { width: 100%; }
            header.site .account { margin-left: 0; }
        }
        @media print { header.site nav, header.site .account, .skip, form.filters { display: none; } }
        """
}
