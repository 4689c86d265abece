package org.ecopolicy.kg.cli;

import java.nio.file.Path;

import org.ecopolicy.kg.rules.RuleSource;

import picocli.CommandLine.Option;

/** The {@code --rules DIR} option of the commands that extract: a rule profile over the bundled rules. */
public final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "rule profile: files in DIR (shaped like the project: rules/…, ontology/…) replace the bundled ones of the same path")
    Path dir;

    /** Makes the profile the one every stage reads; call before building a pipeline. */
    public void apply() {
        RuleSource.useProfile(dir);
    }
}
