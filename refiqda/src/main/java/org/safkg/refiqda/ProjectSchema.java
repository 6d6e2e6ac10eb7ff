package org.safkg.refiqda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates QDA-XML against the REFI-QDA Project schema (Project-mrt2019.xsd, MIT licence, shipped as a
 * resource), with secure processing and no external access.
 */
public final class ProjectSchema {
    private static final String RESOURCE = "/org/safkg/refiqda/Project-mrt2019.xsd";
    private final Schema schema;

    private ProjectSchema(Schema schema) {
        this.schema = schema;
    }

    /** The schema SAF-KG ships. */
    public static ProjectSchema bundled() {
        URL url = ProjectSchema.class.getResource(RESOURCE);
        return load(new StreamSource(url.toExternalForm()));
    }

    /** A schema from a file, e.g. the official copy the tests read. */
    public static ProjectSchema fromFile(Path xsd) {
        return load(new StreamSource(xsd.toFile()));
    }

    private static ProjectSchema load(StreamSource src) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new ProjectSchema(f.newSchema(src));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read the REFI-QDA schema: " + e.getMessage(), e);
        }
    }

    /** Every schema error in the document, as "line N: message"; empty when it is valid. */
    public List<String> validate(byte[] xml) {
        List<String> errors = new ArrayList<>();
        try {
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override public void warning(SAXParseException e) { }
                @Override public void error(SAXParseException e) { errors.add("line " + e.getLineNumber() + ": " + e.getMessage()); }
                @Override public void fatalError(SAXParseException e) { errors.add("line " + e.getLineNumber() + ": " + e.getMessage()); }
            });
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) errors.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }
}
