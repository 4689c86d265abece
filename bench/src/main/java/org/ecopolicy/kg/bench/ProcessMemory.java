package org.ecopolicy.kg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Memory of a process as Linux reports it ({@code /proc/PID/status}: VmHWM is the peak resident
 * set, VmRSS the current one) and of this JVM's heap (peak use of the heap pools since start or
 * the last reset).
 */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Peak resident set size in MiB, if the process is alive and /proc readable. */
    public static OptionalLong peakRssMb(long pid) {
        OptionalLong kb = statusKb(pid, "VmHWM:");
        return kb.isPresent() ? OptionalLong.of(kb.getAsLong() / 1024) : OptionalLong.empty();
    }

    public static OptionalLong peakRssMb() {
        return peakRssMb(ProcessHandle.current().pid());
    }

    private static OptionalLong statusKb(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(key)) {
                    return OptionalLong.of(Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return OptionalLong.empty();
    }

    /** Sum of the peak usage of every heap pool, in MiB (an upper bound of the live heap peak). */
    public static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    public static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The -Xmx in force, in MiB. */
    public static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
