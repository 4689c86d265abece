package org.ecopolicy.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;

import org.ecopolicy.kg.link.DepartmentDirectory;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.link.Organisation;
import org.ecopolicy.kg.model.DepartmentMention;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DepartmentExtractorTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DepartmentExtractorTest.class);

    static Gazetteer gazetteer;
    static DepartmentDirectory directory;
    static DepartmentExtractor extractor;
    static Document doc;
    static List<DepartmentMention> mentions;

    @BeforeAll
    static void setUp() {
        gazetteer = Gazetteer.load();
        directory = DepartmentDirectory.load(gazetteer);
        extractor = new DepartmentExtractor(gazetteer, directory);
        doc = LinkingFixtures.doc004();
        mentions = extractor.extract(doc);
    }

    private static List<String> surfaces(LinkingFixtures.GoldMeasure m, Role role) {
        return List.copyOf(new LinkedHashSet<>(mentions.stream()
                .filter(d -> d.role() == role && m.contains(d.evidence().start(), d.evidence().end()))
                .map(DepartmentMention::surface).toList()));
    }

    @Test
    void departmentsOf004MatchTheGold() {
        List<LinkingFixtures.GoldMeasure> gold = LinkingFixtures.goldMeasures(doc);
        int exactLead = 0;
        LinkingFixtures.Score responsible = new LinkingFixtures.Score();
        LinkingFixtures.Score lead = new LinkingFixtures.Score();
        for (LinkingFixtures.GoldMeasure m : gold) {
            List<String> l = surfaces(m, Role.LEAD);
            List<String> r = surfaces(m, Role.RESPONSIBLE);
            if (new LinkedHashSet<>(l).equals(new LinkedHashSet<>(m.lead()))) {
                exactLead++;
            } else {
                LOG.info("{}", "lead " + m.title() + ": gold=" + m.lead() + " predicted=" + l);
            }
            if (!r.equals(m.responsible())) {
                LOG.info("{}", "responsible " + m.title() + ": gold=" + m.responsible() + " predicted=" + r);
            }
            lead.add(m.lead(), l);
            responsible.add(m.responsible(), r);
        }
        double exact = (double) exactLead / gold.size();
        LOG.info(String.format("004 lead exact per measure: %.3f (%d/%d); lead %s", exact, exactLead, gold.size(), lead));
        LOG.info("{}", "004 responsible: " + responsible);
        assertThat(exact).isGreaterThanOrEqualTo(0.95);
        assertThat(responsible.f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void task9IsLedByTheForestryBureauOfTheBanner() {
        LinkingFixtures.GoldMeasure task9 = LinkingFixtures.goldMeasures(doc).stream()
                .filter(m -> m.title().equals("科学推进林草建设")).findFirst().orElseThrow();
        assertThat(surfaces(task9, Role.LEAD)).containsExactly("旗林草局");
        assertThat(surfaces(task9, Role.RESPONSIBLE)).containsExactly("旗自然资源局");
        DepartmentMention forestry = mentions.stream().filter(d -> d.surface().equals("旗林草局")).findFirst()
                .orElseThrow();
        Organisation org = directory.all().stream().filter(o -> o.id().equals(forestry.orgId())).findFirst()
                .orElseThrow();
        assertThat(org.nameZh()).isEqualTo("鄂托克旗林业和草原局");
        assertThat(org.placeId()).isEqualTo("etuokeqi");
        Organisation government = directory.all().stream().filter(o -> o.id().equals(org.parentId())).findFirst()
                .orElseThrow();
        assertThat(government.nameZh()).isEqualTo("鄂托克旗人民政府");
    }

    @Test
    void everyAssignmentResolvesWithinTheBanner() {
        assertThat(mentions).allMatch(d -> d.orgId() != null && d.orgId().startsWith("etuokeqi-")
                || d.surface().startsWith("市"));
        assertThat(mentions).filteredOn(d -> d.surface().equals("市交通运输局"))
                .allMatch(d -> d.orgId().equals("eerduosishi-jiaotong"));
        assertThat(mentions).filteredOn(d -> d.surface().equals("鄂托克经济开发区管委会")).isNotEmpty()
                .allMatch(d -> d.orgId().equals("etuokeqi-jingkaiqu"));
        assertThat(directory.all()).extracting(Organisation::nameZh)
                .contains("鄂托克经济开发区管理委员会", "西保局", "鄂托克旗委组织部", "鄂尔多斯市交通运输局",
                        "鄂托克旗各苏木镇人民政府", "中共鄂托克旗委员会");
        for (DepartmentMention d : mentions) {
            assertThat(doc.text().original().substring(d.evidence().start(), d.evidence().end()))
                    .isEqualTo(d.surface());
        }
    }
}
