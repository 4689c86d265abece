package org.ecopolicy.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.ecopolicy.kg.link.DepartmentDirectory;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.model.AdminLevel;
import org.ecopolicy.kg.model.DepartmentMention;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.Role;
import org.ecopolicy.kg.model.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Department lists in brackets without a "牵头部门：" cue, order conventions and standing notes. */
class BracketAssignmentsTest {

    static DepartmentExtractor extractor;

    @BeforeAll
    static void setUp() {
        Gazetteer gazetteer = Gazetteer.load();
        extractor = new DepartmentExtractor(gazetteer, DepartmentDirectory.load(gazetteer));
    }

    private static List<DepartmentMention> extract(String text, String jurisdiction, AdminLevel level) {
        SourceText source = new SourceText("t.txt", text, LinkingFixtures.normalise(text), "UTF-8");
        Document doc = new Document("t", source,
                new DocumentMetadata(null, null, null, null, jurisdiction, level, null, null));
        return extractor.extract(doc);
    }

    @Test
    void inlineRoleWordsInsideABracket() {
        String text = "1.制定实施准入清单。完成编制工作。〔市生态环境局牵头，市发展和改革局、工业和信息化局参与，"
                + "各县、区人民政府（管委会）负责落实。〕";
        assertThat(extract(text, null, AdminLevel.CITY)).extracting(DepartmentMention::surface, DepartmentMention::role)
                .containsExactly(tuple("市生态环境局", Role.LEAD), tuple("市发展和改革局", Role.RESPONSIBLE),
                        tuple("工业和信息化局", Role.RESPONSIBLE), tuple("各县、区人民政府（管委会）", Role.RESPONSIBLE));
    }

    @Test
    void unlabelledListIsResponsibleUnlessTheFirstIsDeclaredLead() {
        String plain = "1.压实各级林长职责。提高巡林质量。（市林草局、市林长制成员单位）";
        assertThat(extract(plain, "呼和浩特市", AdminLevel.CITY)).extracting(DepartmentMention::role)
                .containsOnly(Role.RESPONSIBLE).hasSize(2);
        String ordered = "1.加强草原保护。（农牧业厅、发展改革委、财政厅等。列第一位者为牵头部门，其他有关部门按职责分工负责，下同）\n"
                + "2.加大草原管护力度。（农牧业厅、科技厅等）";
        assertThat(extract(ordered, "内蒙古自治区", AdminLevel.AUTONOMOUS_REGION))
                .extracting(DepartmentMention::surface, DepartmentMention::role)
                .containsExactly(tuple("农牧业厅", Role.LEAD), tuple("发展改革委", Role.RESPONSIBLE),
                        tuple("财政厅", Role.RESPONSIBLE), tuple("农牧业厅", Role.LEAD), tuple("科技厅", Role.RESPONSIBLE));
    }

    @Test
    void remarksAndQuantitiesInBracketsAreNoDepartments() {
        String text = "加强组织领导（办公室设在自治区生态环境厅）。推进城镇建设（以盟市所在地城市为地区中心）。"
                + "空气质量优良天数比例（AQI达标率）达到94%。严格执行《产业结构调整指导目录》（2019年本）。";
        assertThat(extract(text, "内蒙古自治区", AdminLevel.AUTONOMOUS_REGION)).isEmpty();
    }

    @Test
    void standingNoteNamesItsBodyOnce() {
        String text = "1.严格环境准入。（市生态环境局牵头，市发改委等参与。以下均需县（市、区）政府落实，不再列出）\n"
                + "2.严控产能。（市经信局牵头）";
        List<DepartmentMention> found = extract(text, null, AdminLevel.CITY);
        assertThat(found).extracting(DepartmentMention::surface)
                .containsExactly("市生态环境局", "市发改委", "县（市、区）政府", "市经信局");
        StandingNotes.Note note = new StandingNotes().find(LinkingFixtures.normalise(text)).get(0);
        assertThat(text.substring(note.itemsStart(), note.itemsEnd())).isEqualTo("县（市、区）政府");
    }
}
