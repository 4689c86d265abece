package org.ecopolicy.kg.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} wrong passwords in a row from one
 * client address, that address is refused without a check for 2 s, then 4 s, 8 s … up to
 * 5 minutes per further failure. A right password resets the count. Behind a reverse proxy every
 * client shares the proxy's address, so guessing through the proxy locks out the proxy's editors
 * for a while, which is the safer failure.
 */
final class FailureBackoff {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration MAX_LOCK = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 10_000;

    private record State(int failures, Instant lockedUntil) {
    }

    private final ConcurrentHashMap<String, State> clients = new ConcurrentHashMap<>();
    private final Clock clock;

    FailureBackoff(Clock clock) {
        this.clock = clock;
    }

    /** Seconds {@code client} must still wait before its password is checked again; 0 when it need not. */
    long waitSeconds(String client) {
        State state = clients.get(client);
        if (state == null) {
            return 0;
        }
        long millis = Duration.between(clock.instant(), state.lockedUntil()).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    void failed(String client) {
        if (clients.size() > MAX_TRACKED) {
            Instant now = clock.instant();
            clients.values().removeIf(s -> s.lockedUntil().isBefore(now));
        }
        clients.compute(client, (k, old) -> {
            int failures = old == null ? 1 : old.failures() + 1;
            Instant until = clock.instant();
            if (failures >= FREE_ATTEMPTS) {
                int doublings = Math.min(failures - FREE_ATTEMPTS + 1, 20);
                Duration lock = Duration.ofSeconds(1L << doublings);
                until = until.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
            }
            return new State(failures, until);
        });
    }

    void succeeded(String client) {
        clients.remove(client);
    }
}
