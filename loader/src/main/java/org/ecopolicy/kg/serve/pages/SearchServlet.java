package org.ecopolicy.kg.serve.pages;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.query.FullTextSearch;
import org.ecopolicy.kg.query.QueryRunner;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /search?q=…}: the full-text search box every page carries, answered with ranked measures
 * and sections and their snippets (plain HTML; the words are bound into the catalogue query
 * {@code search}, never pasted into it).
 */
final class SearchServlet extends HttpServlet {

    static final String PATH = "/search";
    static final int LIMIT = 30;
    /** The box in every page's header. */
    static final String BOX = "<form class=\"search\" action=\"" + PATH + "\" method=\"get\" role=\"search\">"
            + "<input type=\"search\" name=\"q\" placeholder=\"全文检索 Search, e.g. 草原生态补偿\" aria-label=\"search\">"
            + "</form>";
    private static final int MAX_QUERY_CHARS = 200;
    private static final Pattern MATCH = Pattern.compile(Pattern.quote(HtmlPage.esc(FullTextSearch.MATCH_START))
            + "([^" + FullTextSearch.MATCH_START + FullTextSearch.MATCH_END + "]*)" + Pattern.quote(HtmlPage.esc(FullTextSearch.MATCH_END)));

    private final transient DatasetGraph dataset;
    private final transient LinkedDataPaths paths;

    SearchServlet(DatasetGraph dataset, LinkedDataPaths paths) {
        this.dataset = dataset;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        q = q == null ? "" : q.strip();
        HtmlPage page = new HtmlPage(q.isEmpty() ? "全文检索 Search" : q + " · 检索");
        page.heading(1, "全文检索", "Full-text search");
        page.raw("<form action=\"").raw(PATH).raw("\" method=\"get\"><input type=\"search\" name=\"q\" value=\"").text(q)
                .raw("\" size=\"40\"> <button type=\"submit\">检索 Search</button></form>\n");
        int status = HttpServletResponse.SC_OK;
        if (q.length() > MAX_QUERY_CHARS) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            page.raw("<p>").text("检索词过长 The search words are longer than " + MAX_QUERY_CHARS + " characters.").raw("</p>\n");
        } else if (!q.isEmpty()) {
            results(q, page);
        }
        LinkedDataServlet.html(response, status, page.finish());
    }

    private void results(String q, HtmlPage page) {
        List<FullTextSearch.Hit> hits;
        try {
            hits = new FullTextSearch(new QueryRunner(dataset)).search(q, LIMIT);
        } catch (RuntimeException e) {
            page.raw("<p>").text("无法检索 Cannot search for this: " + e.getMessage()).raw("</p>\n");
            return;
        }
        page.raw("<p class=\"en\">").text(hits.isEmpty() ? "没有找到 No measure or section mentions it."
                : hits.size() + " 条结果，按相关度排序 hits, most relevant first").raw("</p>\n<ol class=\"hits\">\n");
        for (FullTextSearch.Hit h : hits) {
            page.raw("<li><a href=\"").text(paths.href(h.iri())).raw("\">").text(h.title().isEmpty() ? h.iri() : h.title())
                    .raw("</a> <span class=\"en\">").text((h.kind().equals("measure") ? "措施 measure" : "章节 section")
                            + " · " + h.document() + " · " + String.format("%.2f", h.score()))
                    .raw("</span><div class=\"snippet\">").raw(marked(h.snippet())).raw("</div></li>\n");
        }
        page.raw("</ol>\n");
    }

    /** The snippet escaped, its matches (between 【 and 】) as {@code <mark>}. */
    static String marked(String snippet) {
        Matcher m = MATCH.matcher(HtmlPage.esc(snippet));
        return m.replaceAll(r -> "<mark>" + Matcher.quoteReplacement(r.group(1)) + "</mark>");
    }
}
