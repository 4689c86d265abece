package org.ecopolicy.kg.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The live heap's peak: the largest heap use right after a garbage collection, i.e. what the
 * program really held, not the garbage between collections. Together with the -Xmx the process
 * ran under it shows whether a load fits a heap size.
 */
public final class HeapWatch {

    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    private static boolean installed;

    private HeapWatch() {
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .forEach(p -> heapPools.add(p.getName()));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> heapPools.contains(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed()).sum();
                        PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    /** Peak heap in use after a collection, in MiB (0 when no collection ran). */
    public static long peakLiveMb() {
        return PEAK_AFTER_GC.get() / (1024 * 1024);
    }

    public static void reset() {
        PEAK_AFTER_GC.set(0);
    }
}
