package org.ecopolicy.kg.serve.pages;

import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.ecopolicy.kg.export.DumpFormat;

/** The home page of the entities ({@code /id/}): documents, and entry points by place, body, indicator, topic. */
final class IndexPage {

    private static final int MAX_ENTRIES = 40;

    private IndexPage() {
    }

    static String render(PageQueries queries, LinkedDataPaths paths) {
        HtmlPage page = new HtmlPage("首页 Home");
        page.raw("<h1>EcoPolicy KG 生态政策知识图谱</h1>\n<div class=\"en\">Inner Mongolia ecological-civilisation policy "
                + "as linked data: every measure, target, place, project and department, with the sentence it came from.</div>\n");
        page.raw("<p>").link(LinkedDataPaths.VOID, "数据集描述 Dataset description (VoID/DCAT)").raw(" · ")
                .link(ConsoleLink.QUERY_PAGE, "SPARQL 控制台 console").raw(" · ")
                .link(LinkedDataPaths.ONTOLOGY, "本体 Ontology").raw(" · 数据下载 Dumps: ");
        for (DumpFormat f : DumpFormat.values()) {
            page.link(LinkedDataPaths.DUMP + f.fileName(false), f.extension()).raw(" ");
        }
        page.raw("</p>\n");

        page.heading(2, "政策文件", "Documents");
        page.raw("<table><tr><th>标题 Title</th><th>文号 Number</th><th>日期 Date</th><th>地区 Jurisdiction</th>"
                + "<th>措施 Measures</th><th>文件 File</th></tr>\n");
        for (QuerySolution r : queries.plain(PageQueries.INDEX_DOCUMENTS)) {
            page.raw("<tr><td>").link(paths.href(r.getResource("doc").getURI()), r.getLiteral("title").getLexicalForm())
                    .raw("</td><td>").text(TargetsSection.lex(r, "number")).raw("</td><td>").text(TargetsSection.lex(r, "issued"))
                    .raw("</td><td>").text(TargetsSection.lex(r, "jurisdiction")).raw("</td><td>").text(TargetsSection.lex(r, "measures"))
                    .raw("</td><td>").text(TargetsSection.lex(r, "file")).raw("</td></tr>\n");
        }
        page.raw("</table>\n");

        List<QuerySolution> entries = queries.plain(PageQueries.INDEX_ENTRIES);
        entries(page, paths, entries, "place", "地区与流域", "Places (by number of measures affecting them)");
        entries(page, paths, entries, "org", "部门与政府", "Departments and governments (by number of tasks)");
        entries(page, paths, entries, "indicator", "指标", "Indicators (by number of targets)");
        entries(page, paths, entries, "topic", "主题", "Topics (by number of measures)");
        return page.finish();
    }

    private static void entries(HtmlPage page, LinkedDataPaths paths, List<QuerySolution> rows, String kind,
                                String zh, String en) {
        List<QuerySolution> mine = rows.stream().filter(r -> r.getLiteral("kind").getString().equals(kind)).toList();
        page.heading(2, zh, en).raw("<p>");
        mine.stream().limit(MAX_ENTRIES).forEach(r -> page.link(paths.href(r.getResource("x").getURI()),
                r.getLiteral("label").getLexicalForm()).raw(" <span class=\"en\">(" + r.getLiteral("n").getInt() + ")</span> · "));
        if (mine.size() > MAX_ENTRIES) {
            page.raw("… (" + mine.size() + ")");
        }
        page.raw("</p>\n");
    }

    static String notFound(String iri) {
        HtmlPage page = new HtmlPage("未找到 Not found");
        page.heading(1, "未找到", "Not found");
        page.raw("<p>知识图谱中没有关于此 IRI 的陈述。 The graph says nothing about this IRI:</p>\n<p class=\"iri\">")
                .text(iri).raw("</p>\n<p>").link(LinkedDataPaths.ID, "返回首页 Back to the index").raw("</p>\n");
        return page.finish();
    }
}
