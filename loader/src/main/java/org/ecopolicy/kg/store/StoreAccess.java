package org.ecopolicy.kg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How a command gets at the database of a {@code --db} folder while other processes may be using
 * it. Writers ({@code up}, {@code load}) take the folder's {@link DatabaseLock} or are refused with
 * a message naming the holder; readers open the database locally under the same lock, or, while
 * {@code ecokg up} serves the folder, send their queries to that server. A holder that is neither
 * (another load or reader) is waited for a few seconds. No command ever meets TDB2's own lock.
 */
public final class StoreAccess {

    /** How long a command waits for another command (not a server) to release the folder. */
    static final Duration WAIT = Duration.ofSeconds(15);
    private static final long POLL_MILLIS = 200;

    private StoreAccess() {
    }

    /** The folder's lock for a command that changes it, or {@link DatabaseBusyException}. */
    public static DatabaseLock lockForWriting(StoreLayout layout, String command) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        boolean told = false;
        while (true) {
            DatabaseLock.Result result = DatabaseLock.tryAcquire(layout, command);
            if (result.acquired()) {
                return result.lock();
            }
            Optional<DatabaseLock.Owner> owner = result.owner();
            if (owner.map(o -> o.serving() && o.alive()).orElse(false) || System.nanoTime() > deadline) {
                throw new DatabaseBusyException(busyMessage(layout, owner));
            }
            told = waitABit(layout, owner, told);
        }
    }

    /**
     * Read access for {@code command}: the local database under the folder's lock, or the server
     * that holds the folder. An error naming the folder when there is no database in it.
     */
    public static ReadAccess openForReading(StoreLayout layout, String command) {
        if (!Files.isDirectory(layout.root())) {
            throw noDatabase(layout);
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        boolean told = false;
        while (true) {
            DatabaseLock.Result result = DatabaseLock.tryAcquire(layout, command);
            if (result.acquired()) {
                DatabaseLock lock = result.lock();
                Optional<Path> live = layout.current();
                if (live.isEmpty()) {
                    lock.close();
                    throw noDatabase(layout);
                }
                try {
                    return new LocalRead(lock, KgStore.connect(live.get()));
                } catch (RuntimeException e) {
                    lock.close();
                    throw e;
                }
            }
            Optional<DatabaseLock.Owner> owner = result.owner();
            if (owner.isPresent() && owner.get().serving() && owner.get().alive()
                    && ServedRead.answers(owner.get().sparqlUrl())) {
                return new ServedRead(owner.get().sparqlUrl());
            }
            if (System.nanoTime() > deadline) {
                throw new DatabaseBusyException(busyMessage(layout, owner));
            }
            told = waitABit(layout, owner, told);
        }
    }

    /** The message for a folder another process holds. */
    static String busyMessage(StoreLayout layout, Optional<DatabaseLock.Owner> owner) {
        Path dir = layout.root();
        if (owner.isPresent() && owner.get().alive()) {
            DatabaseLock.Owner o = owner.get();
            if (o.serving()) {
                return String.format("database %s is served by process %d on port %d: query %s or stop it first",
                        dir, o.pid(), o.port(), o.sparqlUrl());
            }
            return String.format("database %s is in use by process %d (ecokg %s): wait for it to finish or stop it first",
                    dir, o.pid(), o.command());
        }
        return "database " + dir + " is in use by another process: wait for it to finish or stop it first";
    }

    private static boolean waitABit(StoreLayout layout, Optional<DatabaseLock.Owner> owner, boolean told) {
        if (!told) {
            System.err.println("waiting: " + busyMessage(layout, owner).replace(": wait for it to finish or stop it first", "")
                    + " …");
        }
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseBusyException(busyMessage(layout, owner));
        }
        return true;
    }

    private static IllegalStateException noDatabase(StoreLayout layout) {
        return new IllegalStateException("no database in " + layout.root() + "; build one with 'ecokg up' or 'ecokg load'");
    }

    /** Another process holds the database folder. */
    public static final class DatabaseBusyException extends IllegalStateException {
        DatabaseBusyException(String message) {
            super(message);
        }
    }
}
