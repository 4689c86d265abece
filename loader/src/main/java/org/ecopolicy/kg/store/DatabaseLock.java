package org.ecopolicy.kg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The one lock on a {@code --db} folder: whoever holds it ({@code ecokg up} for as long as it
 * serves, {@code load}, or a reading command) is the only process that opens the folder's
 * databases. The operating system releases the lock when its process ends, even by {@code kill -9},
 * so a stale lock cannot block anyone. Beside the lock, the file {@code ecokg.owner} says who holds
 * it and, for a server, where it answers, so other commands can send their queries there.
 */
public final class DatabaseLock implements AutoCloseable {

    static final String LOCK_FILE = "ecokg.lock";
    static final String OWNER_FILE = "ecokg.owner";

    // FileChannel locks belong to the whole JVM: a second lock on the same file in this process
    // would throw, so this process remembers which folders it holds itself.
    private static final Set<Path> HELD_HERE = new HashSet<>();

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;
    private final Properties owner = new Properties();

    private DatabaseLock(Path root, FileChannel channel, FileLock lock, String command) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
        owner.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        owner.setProperty("command", command);
        writeOwner();
    }

    /** Who holds (or last held) the lock of a folder, as written in its owner file. */
    public record Owner(long pid, String command, int port, String sparqlUrl) {

        public boolean serving() {
            return sparqlUrl != null && !sparqlUrl.isBlank();
        }

        public boolean alive() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /**
     * Takes the lock for {@code command}, or returns the current owner's description when another
     * process (or another command in this one) holds it.
     */
    public static Result tryAcquire(StoreLayout layout, String command) {
        Path root = layout.root();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create database folder " + root + ": " + e.getMessage(), e);
        }
        synchronized (HELD_HERE) {
            if (HELD_HERE.contains(root)) {
                return new Result(null, readOwner(root));
            }
            FileChannel channel = null;
            try {
                channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return new Result(null, readOwner(root));
                }
                HELD_HERE.add(root);
                return new Result(new DatabaseLock(root, channel, lock, command), Optional.empty());
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                return new Result(null, readOwner(root));
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UncheckedIOException("cannot lock database folder " + root + ": " + e.getMessage(), e);
            }
        }
    }

    /** Either the lock, or (when busy) what is known of its holder. */
    public record Result(DatabaseLock lock, Optional<Owner> owner) {
        public boolean acquired() {
            return lock != null;
        }
    }

    /** Records that this process now serves the database: readers may send queries to {@code sparqlUrl}. */
    public void serving(int port, String sparqlUrl) {
        owner.setProperty("port", Integer.toString(port));
        owner.setProperty("sparql", sparqlUrl);
        writeOwner();
    }

    public Path root() {
        return root;
    }

    private void writeOwner() {
        Path tmp = root.resolve(OWNER_FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            owner.store(out, "holder of " + LOCK_FILE + " (written by ecokg; ignored once the lock is free)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + tmp + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, root.resolve(OWNER_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root.resolve(OWNER_FILE) + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Owner> readOwner(Path root) {
        Path file = root.resolve(OWNER_FILE);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            String port = p.getProperty("port");
            return Optional.of(new Owner(Long.parseLong(p.getProperty("pid", "-1").trim()), p.getProperty("command", "ecokg"),
                    port == null ? -1 : Integer.parseInt(port.trim()), p.getProperty("sparql")));
        } catch (IOException | NumberFormatException e) {
            // the holder has not written it yet, or it was torn: nothing more is known
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD_HERE) {
            try {
                Files.deleteIfExists(root.resolve(OWNER_FILE));
            } catch (IOException ignored) {
                // a stale owner file is ignored once the lock is free
            }
            try {
                lock.release();
                channel.close();
            } catch (IOException ignored) {
                // the channel is gone with the lock
            }
            HELD_HERE.remove(root);
        }
    }
}
