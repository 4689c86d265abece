package org.ecopolicy.kg.serve;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * Text for {@link java.util.regex.Matcher} that stops the match once the query is cancelled (by
 * its timeout or otherwise) or its deadline has passed. Java's regex engine never looks at interrupts, but it reads every
 * character through {@link #charAt}, so a catastrophic pattern such as {@code (.*a){12}$} ends
 * within a few thousand reads of the timeout instead of running for minutes.
 */
final class CancellableText implements CharSequence {

    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private final long deadlineNanos;
    private int reads;

    /** @param deadlineNanos {@link System#nanoTime()} after which matching stops; 0 for none */
    CancellableText(String text, AtomicBoolean cancelled, long deadlineNanos) {
        this.text = text;
        this.cancelled = cancelled;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (cancelled.get() || (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0)) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled, deadlineNanos);
    }

    @Override
    public String toString() {
        return text;
    }
}
