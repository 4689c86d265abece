package org.ecopolicy.kg.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A write to a database folder that the file system refused, said in one line that names the
 * cause and the path: "no space left on /data (ext4) while writing data/db/gen-3". A full disk
 * reaches TDB2 as an {@link IOException} or, on its memory-mapped files, as the JVM's
 * {@link InternalError} "a fault occurred in a recent unsafe memory access operation"; both are
 * recognised here, so no stack trace reaches a user.
 */
public final class StorageFailure extends RuntimeException {

    // Below this the file system is taken to be full: writes need blocks, not bytes.
    private static final long NEARLY_FULL_BYTES = 16L * 1024 * 1024;

    private StorageFailure(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /**
     * {@code failure} as a storage failure while writing {@code path} when it is one (an I/O
     * error, or a fault on a memory-mapped file); otherwise null, and the caller rethrows it.
     */
    public static StorageFailure of(Throwable failure, Path path) {
        if (failure instanceof StorageFailure known) {
            return known;
        }
        IOException io = find(failure, IOException.class);
        boolean mappedFault = find(failure, InternalError.class) != null
                && String.valueOf(find(failure, InternalError.class).getMessage()).contains("unsafe memory access");
        boolean noSpace = (io != null && String.valueOf(io.getMessage()).contains("No space left on device"))
                || (mappedFault || io != null) && nearlyFull(path);
        if (noSpace) {
            return new StorageFailure("no space left on " + device(path) + " while writing " + path, failure);
        }
        if (io != null) {
            return new StorageFailure("cannot write " + path + ": " + io.getMessage(), failure);
        }
        if (mappedFault) {
            return new StorageFailure("I/O failure (a memory-mapped database file could not be written) while writing "
                    + path, failure);
        }
        return null;
    }

    /** Rethrows {@code failure}, as a {@link StorageFailure} naming {@code path} when it is one. */
    public static RuntimeException rethrow(Throwable failure, Path path) {
        StorageFailure storage = of(failure, path);
        if (storage != null) {
            throw storage;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            for (Throwable s : t.getSuppressed()) {
                if (type.isInstance(s)) {
                    return type.cast(s);
                }
            }
        }
        return null;
    }

    private static FileStore store(Path path) {
        for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean nearlyFull(Path path) {
        FileStore store = store(path);
        if (store == null) {
            return false;
        }
        try {
            long limit = Math.min(NEARLY_FULL_BYTES, Math.max(1024 * 1024, store.getTotalSpace() / 20));
            return store.getUsableSpace() < limit;
        } catch (IOException e) {
            return false;
        }
    }

    private static String device(Path path) {
        FileStore store = store(path);
        return store == null ? "the device" : store.toString();
    }
}
