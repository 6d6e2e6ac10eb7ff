package org.safkg.server;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.Mode;
import org.apache.jena.assembler.assemblers.AssemblerBase;
import org.apache.jena.assembler.exceptions.AssemblerException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sys.JenaSubsystemLifecycle;
import org.safkg.store.PublicView;

/**
 * The Fuseki configuration's {@code safkgf:PublicDataset} (and, registered beside it, {@link ServiceAllowList}): the {@link PublicView} of another dataset, e.g.
 * {@code :public a safkgf:PublicDataset ; safkgf:dataset :tdb2-dataset .} Registered when Jena starts (a
 * JenaSubsystemLifecycle), so the standalone jena-fuseki-server reads it as ./safkg serve does.
 */
public final class PublicDatasetAssembler extends AssemblerBase {
    /** The namespace of SAF-KG's configuration terms (not the domain ontology's). */
    public static final String NS = "https://w3id.org/safkg/fuseki#";
    public static final Resource PUBLIC_DATASET = ResourceFactory.createResource(NS + "PublicDataset");
    public static final Property DATASET = ResourceFactory.createProperty(NS + "dataset");

    @Override
    public Dataset open(Assembler a, Resource root, Mode mode) {
        if (!root.hasProperty(DATASET) || root.listProperties(DATASET).toList().size() != 1) {
            throw new AssemblerException(root, "a safkgf:PublicDataset needs exactly one safkgf:dataset");
        }
        Dataset base = (Dataset) a.open(root.getPropertyResourceValue(DATASET));
        return DatasetFactory.wrap(PublicView.of(base.asDatasetGraph()));
    }

    /** Registers the assembler at Jena's start (META-INF/services/org.apache.jena.sys.JenaSubsystemLifecycle). */
    public static final class Init implements JenaSubsystemLifecycle {
        @Override
        public void start() {
            AssemblerUtils.registerDataset(PUBLIC_DATASET, new PublicDatasetAssembler());
            // SERVICE to the configured endpoints only, wherever a server configuration sets the list
            org.apache.jena.sparql.service.ServiceExecutorRegistry.get().addSingleLink(new ServiceAllowList());
        }

        @Override
        public void stop() {
        }

        @Override
        public int level() {
            return 500;
        }
    }
}
