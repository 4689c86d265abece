package org.ecopolicy.kg.pipeline;

import java.nio.file.Path;

/** Hears how far a load has got (for a progress display); every method is optional. */
public interface LoadListener {

    LoadListener NONE = new LoadListener() {
    };

    /** File {@code index} (1-based) of {@code total} is about to be read and extracted. */
    default void reading(int index, int total, Path file) {
    }

    /** Extraction is over; {@code graphs} named graphs are being written in one transaction. */
    default void storing(int graphs) {
    }

    /** The transaction has committed. */
    default void stored() {
    }
}
