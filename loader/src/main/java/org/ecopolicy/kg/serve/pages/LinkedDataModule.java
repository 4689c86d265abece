package org.ecopolicy.kg.serve.pages;

import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiAutoModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.rdf.model.Model;
import org.ecopolicy.kg.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The linked-data pages, dumps and VoID description as a Fuseki module: entity pages and RDF
 * under {@code /id/} and {@code /ontology}, {@code /.well-known/void}, {@code /dump/}, over one
 * dataset of the server. {@code ecokg up} adds it with its own settings; a stock Fuseki Main finds
 * it on its classpath (it is registered as a {@link FusekiAutoModule}) and reads its settings
 * from system properties:
 * <ul>
 * <li>{@code ecokg.dataset}: the dataset's name (default {@code /ecokg}, or the only dataset);</li>
 * <li>{@code ecokg.base}: the instance base IRI (default {@link Iris#DEFAULT_BASE});</li>
 * <li>{@code ecokg.publicBaseUrl}: the server's URL as clients see it (for the VoID description);</li>
 * <li>{@code ecokg.dumps}: where built dumps are cached (default a folder in the temp directory;
 *     a cached dump is rebuilt at most ten minutes after it was built).</li>
 * </ul>
 */
public final class LinkedDataModule implements FusekiAutoModule {

    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataModule.class);
    private static final long STOCK_DUMP_MAX_AGE_MS = 10 * 60 * 1000L;

    private final String datasetName;
    private final Iris iris;
    private final DumpSettings dumps;

    /** For a stock Fuseki Main (found through {@code java.util.ServiceLoader}): settings from system properties. */
    public LinkedDataModule() {
        this(System.getProperty("ecokg.dataset", "/ecokg"),
                new Iris(System.getProperty("ecokg.base", Iris.DEFAULT_BASE)),
                new DumpSettings(System.getProperty("ecokg.publicBaseUrl"),
                        Path.of(System.getProperty("ecokg.dumps",
                                Path.of(System.getProperty("java.io.tmpdir"), "ecokg-dumps").toString())),
                        () -> System.currentTimeMillis() / STOCK_DUMP_MAX_AGE_MS, 2));
    }

    public LinkedDataModule(String datasetName, Iris iris, DumpSettings dumps) {
        this.datasetName = datasetName;
        this.iris = iris;
        this.dumps = dumps;
    }

    @Override
    public String name() {
        return "EcoPolicy KG linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // nothing before the datasets are known
    }

    @Override
    public void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model configModel) {
        DataAccessPoint dap = registry.get(datasetName);
        if (dap == null && registry.size() == 1) {
            dap = registry.accessPoints().get(0);
        }
        if (dap == null) {
            LOG.warn("{}: no dataset {} on this server (set -Decokg.dataset=/name); pages not installed", name(), datasetName);
            return;
        }
        LinkedDataSite.install(builder, dap.getDataService().getDataset(), iris, dumps);
    }
}
