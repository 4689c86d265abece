package org.ecopolicy.kg.serve.pages;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * How the expensive pages (dumps, dataset description) are served.
 *
 * @param publicBaseUrl  the server's URL as clients see it, used in the dataset description;
 *                       null: {@code http://localhost:PORT/} (never the request's Host header)
 * @param cacheDir       where built dumps are kept, one file per format and data version
 * @param dataVersion    changes whenever the data may have changed, so a cached dump is rebuilt
 * @param maxConcurrent  dumps or descriptions built at once; requests that find no free slot
 *                       within {@link #WAIT_SECONDS} get HTTP 503
 */
public record DumpSettings(String publicBaseUrl, Path cacheDir, LongSupplier dataVersion, int maxConcurrent) {

    public static final int WAIT_SECONDS = 60;

    public DumpSettings {
        if (publicBaseUrl != null && !publicBaseUrl.endsWith("/")) {
            publicBaseUrl = publicBaseUrl + "/";
        }
    }
}
