package org.ecopolicy.kg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.rules.RuleSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build inputs cover every rule and reference file, the corpus and the code, and a change says what changed. */
class BuildInputsTest {

    @AfterEach
    void bundledRulesAgain() {
        RuleSource.useProfile(null);
    }

    @Test
    void everyRuleFileOntologyFileCorpusFileAndTheCodeIsAnInput() {
        BuildInputs inputs = BuildInputs.current(Iris.DEFAULT_BASE);
        assertThat(inputs.hashes()).containsKeys("code", "base-iri",
                "rules/extract/department-cues.csv", "rules/extract/targets/lexicon.csv",
                "rules/read/metadata-patterns.csv", "rules/structure/headings.csv",
                "ontology/gazetteer/places.csv", "ontology/departments.csv", "ontology/units.csv",
                "ontology/ecokg.ttl", "corpus/manifest.csv", "corpus/004_b6acf62b5d9e0109.txt");
        assertThat(inputs.changesSince(BuildInputs.current(Iris.DEFAULT_BASE))).isEmpty();
    }

    @Test
    void aChangedRuleFileOrGazetteerIsNamedAsTheReasonToRebuild(@TempDir Path profile) throws IOException {
        BuildInputs before = BuildInputs.current(Iris.DEFAULT_BASE);
        Properties info = new Properties();
        before.store(info);
        BuildInputs recorded = BuildInputs.recorded(info);
        assertThat(recorded).isEqualTo(before);

        Path cues = profile.resolve("rules/extract/department-cues.csv");
        Path places = profile.resolve("ontology/gazetteer/places.csv");
        Files.createDirectories(cues.getParent());
        Files.createDirectories(places.getParent());
        Files.writeString(cues, bundled("/rules/extract/department-cues.csv") + "协办部门,responsible\n");
        Files.writeString(places, bundled("/ontology/gazetteer/places.csv")
                + "wuchuanxian-test,测试县,Test County,ce shi xian,AdministrativeRegion,banner-county,neimenggu,,,测试,\n");
        RuleSource.useProfile(profile);

        BuildInputs after = BuildInputs.current(Iris.DEFAULT_BASE);
        assertThat(after.changesSince(recorded)).containsExactly(
                "ontology changed: gazetteer/places.csv", "rules changed: extract/department-cues.csv");
        assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
        // the profile's gazetteer is the one linking reads
        assertThat(Gazetteer.load().byName("测试县")).isPresent();

        assertThat(BuildInputs.current("https://example.org/id/").changesSince(after)).containsExactly("base IRI changed");
        assertThat(after.changesSince(new BuildInputs(new java.util.TreeMap<>())))
                .containsExactly("the database records no build inputs (built by an earlier version)");
    }

    @Test
    void aProfileFileThatReplacesNoBundledFileIsAnErrorNamingIt(@TempDir Path profile) throws IOException {
        Files.createDirectories(profile.resolve("extract"));
        Files.writeString(profile.resolve("extract/department-cues.csv"), "cue,role\n");
        assertThatThrownBy(() -> RuleSource.useProfile(profile))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extract/department-cues.csv replaces no bundled file");
        assertThat(RuleSource.profile()).isNull();
    }

    private static String bundled(String resource) throws IOException {
        try (InputStream in = BuildInputsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
