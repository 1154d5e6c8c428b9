// Reports: the page's inline style sheet and its small optional script.

/// The CSS and JavaScript written inside the page (nothing is loaded from elsewhere).
enum PageStyle {
    /// The style sheet: system fonts, readable widths, tables and collapsible sections.
    static let css = """
        :root{color-scheme:light;--real:#0072B2;--synthetic:#E69F00}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;\
        color:#1d1d1f;background:#fafafa}
        main{max-width:1200px;margin:0 auto;padding:16px 24px 48px}
        h1{font-size:28px;margin:8px 0}h2{font-size:22px;margin:32px 0 8px;\
        border-bottom:2px solid #ddd;padding-bottom:4px}h3{font-size:17px;margin:20px 0 6px}
        h4{margin:4px 0;font-size:14px}
        nav a{margin-right:16px}.lede{color:#444}
        .swatch{display:inline-block;width:12px;height:12px;margin-right:5px;border-radius:2px;\
        vertical-align:-1px}
        .cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
        .card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px 18px;\
        min-width:150px}.card .value{font-size:26px;font-weight:600}
        .card.main{border-color:#0072B2;border-width:2px}.card.main .value{font-size:40px}
        .card .name{color:#555}
        .scroll{overflow-x:auto;margin:8px 0}
        table{border-collapse:collapse;background:#fff;font-size:13px}
        caption{text-align:left;font-weight:600;padding:4px 0}
        th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;white-space:nowrap}
        th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}
        .missing{color:#999;font-style:italic}
        details{margin:6px 0;background:#fff;border:1px solid #e2e2e2;border-radius:6px;\
        padding:4px 10px}
        summary{cursor:pointer;font-weight:600;padding:2px 0}
        .small{font-weight:400;color:#666;font-size:13px}
        .note{color:#6b4e00}
        .index .column-list{columns:4 200px;padding-left:18px;margin:6px 0}
        .filter input{margin-left:6px}
        .chart{max-width:660px}
        .figure,.side{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
        figure{margin:4px 0}figcaption{font-size:13px;color:#333}
        svg{background:#fff;max-width:100%;height:auto;font-family:inherit}
        """

    /// The optional conveniences: filtering the column and pair lists, and opening the
    /// section a link points at.
    static let script = """
        document.querySelectorAll('.filter').forEach(function(l){l.hidden=false;\
        var i=l.querySelector('input');var list=document.getElementById(i.dataset.filter);\
        i.addEventListener('input',function(){var q=i.value.toLowerCase();\
        list.querySelectorAll('li').forEach(function(li){\
        li.hidden=q!==''&&li.dataset.name.indexOf(q)<0;});});});
        function openTarget(){var id=decodeURIComponent(location.hash.slice(1));\
        var e=id&&document.getElementById(id);if(e&&e.tagName==='DETAILS'){e.open=true;\
        e.scrollIntoView();}}
        window.addEventListener('hashchange',openTarget);openTarget();
        """
}
