package org.ecopolicy.kg.serve;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * Text for {@link java.util.regex.Matcher} that stops the match once the query is cancelled (by
 * its timeout or otherwise). Java's regex engine never looks at interrupts, but it reads every
 * character through {@link #charAt}, so a catastrophic pattern such as {@code (.*a){12}$} ends
 * within a few thousand reads of the timeout instead of running for minutes.
 */
final class CancellableText implements CharSequence {

    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (cancelled.get()) {
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
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
