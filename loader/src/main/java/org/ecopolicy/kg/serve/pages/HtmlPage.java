package org.ecopolicy.kg.serve.pages;

import org.owasp.encoder.Encode;

/**
 * A server-side HTML page: UTF-8, readable without JavaScript, the same frame on every page
 * (navigation to the index, the SPARQL console and the dataset description).
 */
final class HtmlPage {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
              margin:0;color:#1d2b24;background:#fafbf9;line-height:1.6}
            header{background:#2f5d46;color:#fff;padding:.6em 1.5em}
            header a{color:#fff;margin-right:1.2em;text-decoration:none}
            main{padding:1em 1.5em 3em;max-width:72em}
            h1{font-size:1.6em;margin:.3em 0 .1em} h2{font-size:1.2em;border-bottom:1px solid #c9d6cf;margin-top:1.6em}
            .en{color:#5b6b63;font-size:.92em} .iri{font-family:monospace;font-size:.85em;color:#5b6b63;word-break:break-all}
            .types a{background:#e3ede7;border-radius:3px;padding:0 .4em;margin-right:.4em;text-decoration:none}
            table{border-collapse:collapse;margin:.5em 0} td,th{border-bottom:1px solid #e1e8e4;padding:.25em .7em;
              text-align:left;vertical-align:top} th{background:#eef3f0}
            blockquote.quote{border-left:4px solid #7aa58c;background:#fff;margin:.5em 0;padding:.4em .9em}
            .loc{color:#5b6b63;font-size:.85em} .direct{font-weight:bold}
            ul.outline{list-style:none;padding-left:0} ul.outline li.measure a{color:#1f6f4a}
            .formats a{margin-right:.8em} a{color:#1b5e8c}
            header form{display:inline;float:right} header input{font-size:.95em;padding:.1em .4em;width:14em}
            ol.hits li{margin-bottom:.8em} .snippet{color:#33443b} mark{background:#fbeab0}
            .fulltext{white-space:pre-wrap;background:#fff;border-left:4px solid #7aa58c;padding:.5em .9em}
            .hl{text-decoration:none;color:inherit;border-radius:2px;padding:0 1px} .hl-target{background:#fbeab0}
            .hl-place{background:#cfe6f7} .hl-department{background:#e3d7f5} .hl-project{background:#d4efd9}
            """;

    private final StringBuilder html = new StringBuilder(8192);

    HtmlPage(String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append(" · EcoPolicy KG</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header><a href=\"").append(LinkedDataPaths.ID)
                .append("\"><b>EcoPolicy KG</b> 生态政策知识图谱</a><a href=\"/#/dataset/ecokg/query\">SPARQL 查询 Query</a>")
                .append("<a href=\"").append(LinkedDataPaths.ONTOLOGY).append("\">本体 Ontology</a>")
                .append("<a href=\"").append(LinkedDataPaths.VOID).append("\">数据集描述 VoID</a>")
                .append(SearchServlet.BOX).append("</header>\n<main>\n");
    }

    /** Appends markup as it is (callers escape text with {@link #esc}). */
    HtmlPage raw(String markup) {
        html.append(markup);
        return this;
    }

    HtmlPage text(String text) {
        html.append(esc(text));
        return this;
    }

    /** A link, or only its text when {@code href} is not a page of ours or an http(s) IRI. */
    HtmlPage link(String href, String text) {
        html.append(anchor(href, text));
        return this;
    }

    static String anchor(String href, String text) {
        if (!linkable(href)) {
            return esc(text);
        }
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /**
     * Only paths on this server and http(s) IRIs become links: an editor may insert any IRI, and
     * {@code javascript:} or {@code data:} ones would run in the reader's browser when clicked.
     */
    static boolean linkable(String href) {
        if (href == null) {
            return false;
        }
        String h = href.strip().toLowerCase(java.util.Locale.ROOT);
        return (h.startsWith("/") && !h.startsWith("//")) || h.startsWith("http://") || h.startsWith("https://");
    }

    HtmlPage heading(int level, String zh, String en) {
        html.append("<h").append(level).append('>').append(esc(zh));
        if (en != null) {
            html.append(" <span class=\"en\">").append(esc(en)).append("</span>");
        }
        html.append("</h").append(level).append(">\n");
        return this;
    }

    String finish() {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** Text (or an attribute value in quotes) made safe for HTML, by the OWASP encoder. */
    static String esc(String text) {
        return text == null ? "" : Encode.forHtml(text);
    }
}
