package org.ecopolicy.kg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of the documents users loaded, one numbered folder per load (with the manifest.csv that
 * came with them), so a rebuild can extract every document again in the order they were loaded.
 */
final class LoadedSources {

    private final Path root;

    LoadedSources(Path root) {
        this.root = root;
    }

    void keep(List<LoadReport.Loaded> loaded) {
        if (loaded.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(root);
            Path batch = root.resolve(String.format("%05d", folders().size() + 1));
            Files.createDirectories(batch);
            for (LoadReport.Loaded doc : loaded) {
                Files.copy(doc.source(), batch.resolve(doc.file()), StandardCopyOption.REPLACE_EXISTING);
                Path manifest = doc.source().toAbsolutePath().getParent().resolve(CorpusLoader.MANIFEST);
                if (Files.isRegularFile(manifest) && !Files.exists(batch.resolve(CorpusLoader.MANIFEST))) {
                    Files.copy(manifest, batch.resolve(CorpusLoader.MANIFEST));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a copy of the loaded documents in " + root, e);
        }
    }

    List<Path> folders() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
