package org.ecopolicy.kg.serve.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.export.DumpFormat;
import org.ecopolicy.kg.export.Exporter;

/**
 * Dumps of the served graph, each built once per data version into a file and then sent from
 * there, so a burst of downloads costs one build, not one whole graph in memory per request.
 * One build per format at a time (later requests for that format wait for it), at most
 * {@link DumpSettings#maxConcurrent()} builds at all; a request that cannot get its turn in
 * time is told so with {@link Busy}. A dump is written to a temporary file first: a failed
 * build never becomes an empty or cut answer.
 */
final class DumpCache {

    /** No build slot came free in time. */
    static final class Busy extends Exception {
        Busy() {
            super("Server busy: too many dumps are being prepared. Try again in a minute.");
        }
    }

    private record Built(long version, Path file) {
    }

    private final DatasetGraph dataset;
    private final DumpSettings settings;
    private final Semaphore builds;
    private final Map<DumpFormat, Built> built = new EnumMap<>(DumpFormat.class);
    private final Map<DumpFormat, ReentrantLock> locks = new EnumMap<>(DumpFormat.class);

    DumpCache(DatasetGraph dataset, DumpSettings settings) {
        this.dataset = dataset;
        this.settings = settings;
        this.builds = new Semaphore(settings.maxConcurrent(), true);
        for (DumpFormat f : DumpFormat.values()) {
            locks.put(f, new ReentrantLock(true));
        }
    }

    /** The dump file of {@code format} for the current data. */
    Path dump(DumpFormat format) throws Busy, IOException {
        ReentrantLock lock = locks.get(format);
        if (!acquire(lock)) {
            throw new Busy();
        }
        try {
            long version = settings.dataVersion().getAsLong();
            Built current;
            synchronized (built) {
                current = built.get(format);
            }
            if (current != null && current.version() == version && Files.exists(current.file())) {
                return current.file();
            }
            Path file = limited(() -> build(format, version));
            synchronized (built) {
                built.put(format, new Built(version, file));
            }
            if (current != null && !current.file().equals(file)) {
                Files.deleteIfExists(current.file());
            }
            return file;
        } finally {
            lock.unlock();
        }
    }

    /** Runs an expensive computation when a build slot is free. */
    <T> T limited(Supplier<T> work) throws Busy {
        boolean admitted;
        try {
            admitted = builds.tryAcquire(DumpSettings.WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new Busy();
        }
        try {
            return work.get();
        } finally {
            builds.release();
        }
    }

    private static boolean acquire(ReentrantLock lock) {
        try {
            return lock.tryLock(DumpSettings.WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path build(DumpFormat format, long version) {
        try {
            Files.createDirectories(settings.cacheDir());
            Path target = settings.cacheDir().resolve("v" + version + "-" + format.fileName(false));
            Path partial = Files.createTempFile(settings.cacheDir(), "building-", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    new Exporter(dataset).write(format, out);
                }
                return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump to " + settings.cacheDir(), e);
        }
    }
}
