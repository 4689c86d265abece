package org.ecopolicy.kg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecopolicy.kg.model.AdminLevel;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.junit.jupiter.api.Test;

class MetadataTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void headerTableOf000GivesIssuingOfficeAndDate() throws Exception {
        String text = TextNormalizer.normalize(Files.readString(TestCorpus.file("000")));

        HeaderTable table = new HeaderTableParser().parse(text);

        assertThat(table.get("发布机构")).isEqualTo("自治区工业和信息化厅");
        assertThat(table.get("成文日期")).isEqualTo("2024-08-13");
        assertThat(table.get("索引号")).isEqualTo("000014348/2024-04883");
        assertThat(table.get("文号")).isEmpty();
        assertThat(table.metadata().issuer()).isEqualTo("自治区工业和信息化厅");
        assertThat(table.date()).isEqualTo(LocalDate.of(2024, 8, 13));
        assertThat(table.metadata().number()).isNull();
    }

    @Test
    void documentsWithoutHeaderTableGiveAnEmptyTable() throws Exception {
        String text = TextNormalizer.normalize(Files.readString(TestCorpus.file("004")));
        assertThat(new HeaderTableParser().parse(text).isEmpty()).isTrue();
    }

    @Test
    void notice001YieldsItsNumberDatePeriodAndIssuerFromTheTextAlone() {
        DocumentMetadata m = reader.read(TestCorpus.file("001")).metadata();

        assertThat(m.number()).isEqualTo("内政办发〔2025〕37号");
        assertThat(m.periodStart()).isEqualTo(2025);
        assertThat(m.periodEnd()).isEqualTo(2035);
        assertThat(m.date()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(m.issuer()).isEqualTo("内蒙古自治区人民政府办公厅");
        assertThat(m.jurisdiction()).isEqualTo("内蒙古自治区");
        assertThat(m.level()).isEqualTo(AdminLevel.AUTONOMOUS_REGION);
        assertThat(m.title()).startsWith("内蒙古自治区人民政府办公厅关于印发").endsWith("(2025—2035年)的通知");
    }

    @Test
    void title004SpreadOverThreeLinesEqualsTheGoldTitle() throws Exception {
        CSVRecord gold = goldDocument();

        Document doc = reader.read(TestCorpus.file("004"));

        assertThat(doc.metadata().title()).isEqualTo(gold.get("title"));
        assertThat(doc.metadata().issuer()).isEqualTo(gold.get("issuer"));
        assertThat(doc.metadata().date()).isEqualTo(LocalDate.parse(gold.get("date")));
        assertThat(doc.metadata().jurisdiction()).isEqualTo(gold.get("jurisdiction"));
        assertThat(doc.metadata().level().code()).isEqualTo(gold.get("level"));
        assertThat(doc.id()).isEqualTo("004_b6acf62b5d9e0109");
        assertThat(doc.stem()).isEqualTo("004");
    }

    @Test
    void cityPlanTakesItsPeriodFromTheFiveYearPlanName() {
        DocumentMetadata m = reader.read(TestCorpus.file("002")).metadata();

        assertThat(m.title()).isEqualTo("呼和浩特市人民政府关于印发《呼和浩特市“十四五”生态环境保护规划》的通知");
        assertThat(m.issuer()).isEqualTo("呼和浩特市人民政府");
        assertThat(m.date()).isEqualTo(LocalDate.of(2021, 11, 4));
        assertThat(m.periodStart()).isEqualTo(2021);
        assertThat(m.periodEnd()).isEqualTo(2025);
        assertThat(m.level()).isEqualTo(AdminLevel.CITY);
    }

    @Test
    void opinion000TakesIssuerFromTheTitleAndDateFromTheHeaderTable() {
        DocumentMetadata m = reader.read(TestCorpus.file("000")).metadata();

        assertThat(m.title()).isEqualTo("内蒙古自治区党委 自治区人民政府关于全面推进美丽内蒙古建设的实施意见");
        assertThat(m.issuer()).isEqualTo("内蒙古自治区党委 自治区人民政府");
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 8, 13));
        assertThat(m.jurisdiction()).isEqualTo("内蒙古自治区");
    }

    @Test
    void manifestFillsWhatTheTextLacksAndWinsOverTheText() {
        Manifest manifest = Manifest.load(TestCorpus.manifest());

        DocumentMetadata bare = reader.read(TestCorpus.file("003")).metadata();
        DocumentMetadata m003 = reader.read(TestCorpus.file("003"), manifest).metadata();
        DocumentMetadata m004 = reader.read(TestCorpus.file("004"), manifest).metadata();

        assertThat(bare.title()).isNull(); // 003 has no title line
        assertThat(m003.title()).isEqualTo("内蒙古自治区党委 自治区人民政府关于加快推进生态文明建设的实施意见");
        assertThat(m003.level()).isEqualTo(AdminLevel.AUTONOMOUS_REGION);
        assertThat(m004.periodStart()).isEqualTo(2022);
        assertThat(m004.periodEnd()).isEqualTo(2025);
    }

    @Test
    void chineseNumeralsAndDates() {
        assertThat(ChineseNumerals.parse("四十三")).isEqualTo(43);
        assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.parse("二〇二一")).isEqualTo(2021);
        assertThat(DateParser.whole("二〇二一年十一月四日")).isEqualTo(LocalDate.of(2021, 11, 4));
        assertThat(DateParser.whole("  2023年4月12日")).isEqualTo(LocalDate.of(2023, 4, 12));
        assertThat(DateParser.whole("2023年4月12日印发")).isNull();
    }

    private static CSVRecord goldDocument() throws Exception {
        Path gold = TestCorpus.gold("004.document.csv");
        try (Reader in = Files.newBufferedReader(gold)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords().get(0);
        }
    }
}
