package org.ecopolicy.kg.pipeline;

/**
 * How a load treats its input.
 *
 * @param maxFileBytes files larger than this are refused unread (reported, not loaded): a policy
 *                     document is at most a few hundred kilobytes of text, so a file this large is
 *                     a data dump or several documents glued together, and reading it whole would
 *                     only cost memory and time
 * @param listener     progress events
 * @param threads      extraction threads (at least 1); the writing thread overlaps with them
 */
public record LoadOptions(long maxFileBytes, LoadListener listener, int threads) {

    public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;

    public static LoadOptions defaults() {
        return new LoadOptions(DEFAULT_MAX_FILE_BYTES, LoadListener.NONE, Runtime.getRuntime().availableProcessors());
    }

    public LoadOptions withListener(LoadListener l) {
        return new LoadOptions(maxFileBytes, l, threads);
    }

    public LoadOptions withMaxFileBytes(long bytes) {
        return new LoadOptions(bytes, listener, threads);
    }

    public LoadOptions withThreads(int n) {
        return new LoadOptions(maxFileBytes, listener, Math.max(1, n));
    }
}
