package org.ecopolicy.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecopolicy.kg.link.DepartmentDirectory;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.link.Organisation;
import org.ecopolicy.kg.model.DepartmentMention;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.Role;
import org.ecopolicy.kg.model.SourceText;
import org.ecopolicy.kg.read.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Departments of any province (issue 10, items 4 and 6). */
class ProvincialDepartmentsTest {

    static DepartmentDirectory directory;
    static DepartmentExtractor extractor;

    @BeforeAll
    static void setUp() {
        Gazetteer gazetteer = Gazetteer.load();
        directory = DepartmentDirectory.load(gazetteer);
        extractor = new DepartmentExtractor(gazetteer, directory);
    }

    private static List<DepartmentMention> mentions(String text) {
        Document doc = new Document("t", new SourceText("t.txt", text, TextNormalizer.normalize(text), "UTF-8"),
                DocumentMetadata.empty());
        List<DepartmentMention> out = extractor.extract(doc);
        for (DepartmentMention d : out) {
            assertThat(text.substring(d.evidence().start(), d.evidence().end())).isEqualTo(d.surface());
        }
        return out;
    }

    private static List<String> surfaces(List<DepartmentMention> ms, Role role) {
        return ms.stream().filter(d -> d.role() == role).map(DepartmentMention::surface).toList();
    }

    @Test
    void aCollectiveWithBracketedAlternativesIsOneActor() {
        List<DepartmentMention> ms = mentions("1.严格水资源管理。(市水利局牵头，市农业农村局、市水务局、各县（市、区）人民政府负责)\n");
        assertThat(surfaces(ms, Role.LEAD)).containsExactly("市水利局");
        assertThat(surfaces(ms, Role.RESPONSIBLE)).containsExactly("市农业农村局", "市水务局", "各县（市、区）人民政府");
    }

    @Test
    void anUnterminatedBracketAtTheEndOfAnItemStillYieldsItsDepartments() {
        List<DepartmentMention> ms = mentions("2.加强农业面源污染治理。(省农业农村厅牵头，省生态环境厅、省水利厅配合\n3.推进节水。\n");
        assertThat(surfaces(ms, Role.LEAD)).containsExactly("省农业农村厅");
        assertThat(surfaces(ms, Role.RESPONSIBLE)).containsExactly("省生态环境厅", "省水利厅");
    }

    @Test
    void traditionalScriptDepartmentsKeepTheirWrittenForm() {
        List<DepartmentMention> ms = mentions("1.整治排污口。(市生態環境局牽頭，市住房和城鄉建設局參與)\n");
        assertThat(surfaces(ms, Role.LEAD)).containsExactly("市生態環境局");
        assertThat(surfaces(ms, Role.RESPONSIBLE)).containsExactly("市住房和城鄉建設局");
    }

    @Test
    void aDepartmentWithoutAKnownGovernmentIsStillADepartment() {
        Organisation water = directory.resolve("省水利厅", null).orElseThrow();
        assertThat(water.government()).isFalse();
        assertThat(directory.resolve("各县(市、区)人民政府", null).orElseThrow().government()).isTrue();
    }
}
