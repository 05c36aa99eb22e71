namespace BoardDocs.Engine.Rendering.Html;

/// <summary>
/// The page's stylesheet, inline so the page needs nothing else: readable line length, system
/// fonts, a layout that stacks the field table on narrow screens, and print rules (A4, page
/// breaks where the document has them, headings kept with what follows).
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """

        :root { color-scheme: light; --text: #1a1a1a; --muted: #555; --line: #c8c8c8; --accent: #1d4f91; }
        * { box-sizing: border-box; }
        html { font-size: 100%; -webkit-text-size-adjust: 100%; }
        body { margin: 0 auto; max-width: 46rem; padding: 1.5rem 1.25rem 3rem; color: var(--text); background: #fff;
          font-family: Georgia, "Times New Roman", "Liberation Serif", serif; font-size: 1.0625rem; line-height: 1.55; }
        h1, h2, h3, .sidhuvud, .innehall, th, .faltetikett, .beslutsformel, .titel {
          font-family: system-ui, -apple-system, "Segoe UI", Arial, "Liberation Sans", sans-serif; }
        h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 0.4em; }
        h1 { font-size: 1.6rem; }
        h2 { font-size: 1.3rem; }
        h3 { font-size: 1.1rem; }
        h2.paragraf, h3.paragraf, h1.paragraf { font-size: 1rem; margin-bottom: 0; color: var(--muted); }
        h1.paragraf + h1, h1.paragraf + h2, h1.paragraf + h3, h2.paragraf + h2, h2.paragraf + h3, h3.paragraf + h3 { margin-top: 0.1em; }
        p { margin: 0 0 0.6em; }
        a { color: var(--accent); }
        a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .sidhuvud { border-bottom: 2px solid var(--text); margin-bottom: 1.5rem; padding-bottom: 0.5rem; }
        .sidhuvud .organ { margin: 0; font-weight: 600; }
        .sidhuvud .dokument { margin: 0.2rem 0 0; font-size: 1.3rem; font-weight: 700; letter-spacing: 0.03em; }
        .sidhuvud .datum { font-weight: 400; color: var(--muted); margin-left: 0.5em; }
        .titel { font-size: 1.5rem; font-weight: 700; margin: 1em 0 0.6em; }
        .beslutsformel { font-weight: 600; margin-top: 1em; }
        .attsats { padding-left: 2.75em; text-indent: -2.75em; }
        .attsats .att { display: inline-block; width: 2.75em; text-indent: 0; }
        .liten { font-size: 0.875rem; }
        .faltetikett { font-weight: 600; }
        .centrerad { text-align: center; }
        .hogerstalld { text-align: right; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.92em; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
        th, td { text-align: left; vertical-align: top; padding: 0.35em 0.6em; }
        table.ram th, table.ram td { border: 1px solid var(--line); }
        table.ram thead th { background: #f1f1f1; }
        table.utan-ram th, table.utan-ram td { padding-left: 0; }
        table.utan-ram th[scope="row"] { width: 35%; font-weight: 600; }
        td p:last-child, th p:last-child { margin-bottom: 0; }
        .underskrifter { margin: 1.5em 0; }
        .underskrifter .etikett { font-weight: 600; }
        .underskrifter ul { list-style: none; padding: 0; margin: 0; }
        .underskrifter li { margin: 0.2em 0; }
        .underskrifter .roll { color: var(--muted); }
        .ruta { border: 1px solid var(--text); padding: 0.75rem 1rem; margin: 1.5em 0; }
        .ruta > h2 { margin-top: 0; font-size: 1.1rem; letter-spacing: 0.03em; }
        .innehall { border-left: 3px solid var(--line); padding: 0.25rem 1rem; margin: 0 0 2rem; }
        .innehall h2 { margin: 0.25rem 0 0.5rem; font-size: 1rem; }
        .innehall ol { margin: 0; padding-left: 1.25rem; }
        hr { border: 0; border-top: 1px solid var(--line); margin: 1.5em 0; }
        hr.sidbrytning { display: none; }
        @media (max-width: 36rem) {
          body { padding: 1rem 0.9rem 2rem; font-size: 1rem; }
          table.utan-ram, table.utan-ram tbody, table.utan-ram tr, table.utan-ram th, table.utan-ram td { display: block; width: auto; }
          table.utan-ram th[scope="row"] { width: auto; padding-bottom: 0; }
          table.utan-ram tr { margin-bottom: 0.5em; }
          table.ram { display: block; overflow-x: auto; }
        }
        @media print {
          @page { size: A4; margin: 25mm 20mm 27mm 25mm; }
          body { max-width: none; padding: 0; font-size: 12pt; }
          a { color: inherit; text-decoration: none; }
          .innehall { display: none; }
          h1, h2, h3, .beslutsformel, .faltetikett { break-after: avoid; page-break-after: avoid; }
          .ruta, .underskrifter, tr { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          hr.sidbrytning { display: block; border: 0; margin: 0; break-after: page; page-break-after: always; }
        }

        """;

    /// <summary>Additions for the index pages of a published web folder.</summary>
    public const string IndexCss = """
        .moten, .organ-lista { list-style: none; padding: 0; margin: 0; }
        .moten > li { border-top: 1px solid var(--line); padding: 0.75rem 0; }
        .moten h3 { margin: 0 0 0.25rem; }
        .moten p { margin: 0.15rem 0; }
        .filer { margin: 0.3rem 0; padding-left: 1.25rem; }
        .paragrafer { font-weight: 600; }
        .datum, .liten { color: var(--muted); }
        .overklagande { font-weight: 600; }
        .organ-lista li { margin: 0.4rem 0; font-size: 1.1rem; }

        """;
}
